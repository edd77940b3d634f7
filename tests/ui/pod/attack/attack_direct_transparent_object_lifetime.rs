// A hand call of `pod_proof!` names the wrapped type `Box<dyn Fn() -> u8>`,
// which in the impl's header is `+ 'static`; the field holds a closure
// that lives for `'a` only.
#[repr(transparent)]
pub struct Task<'a>(pub Box<dyn Fn() -> u8 + 'a>);

vouch::pod_proof!(transparent ['a] [Task<'a>] [] [Box<dyn Fn() -> u8>] Task { 0 });

fn main() {}
