// A misspelled option is the one error: the builder is still made without
// it, so the code that uses the builder reports nothing more.
#[derive(vouch::Builder)]
struct Config {
    #[builder(defualt)]
    port: u16,
}

fn main() {
    let _ = Config::builder().port(8080).build();
}
