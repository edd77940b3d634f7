// typed-builder's `build_method(into = Type<..>)`, whose type is no
// expression, is refused at `into` too.
use std::sync::Arc;

#[derive(vouch::Builder)]
#[builder(build_method(into = Arc<Name>))]
struct Name {
    text: String,
}

fn main() {
    let _: Arc<Name> = Arc::new(Name { text: String::new() });
}
