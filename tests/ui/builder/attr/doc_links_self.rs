// Docs that move to the builder must not link to `Self`: there it is the builder.
#[derive(vouch::Builder)]
#[builder(finish_fn(name = done, doc {
    /// Returns the [Self].
}))]
struct Config {
    /// The port; see [`Self::host`].
    port: u16,
    host: String,
}

fn main() {}
