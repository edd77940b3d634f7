// A method of the user's own calls a setter without requiring the member
// unset: the error names the field and says which bound to add.
#[derive(vouch::Builder)]
struct Config {
    port: u16,
}

impl<S: config_builder::State> ConfigBuilder<S> {
    fn default_port(self) -> ConfigBuilder<config_builder::SetPort<S>> {
        self.port(80)
    }
}

fn main() {
    let _ = Config::builder().default_port().build();
}
