#[derive(vouch::Builder)]
#[builder(const)]
struct Limits {
    #[builder(start_fn)]
    base: u32,
    #[builder(getter)]
    max: u32,
    burst: Option<u32>,
    #[builder(default = base + 1)]
    min: u32,
    #[builder(with = |text: u32| -> Result<_, ()> { Ok(text * 2) })]
    step: u32,
}
