struct NotClone;

#[derive(vouch::Builder)]
#[builder(derive(Clone))]
struct Config {
    value: NotClone,
}

fn main() {
    let builder = Config::builder().value(NotClone);
    let _ = builder.clone();
}
