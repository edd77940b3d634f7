// A hand call of `pod_proof!` claims that `Callback`, whose field takes a
// reference of any lifetime, wraps a `fn(&'static u8)`. A pointer to the
// field is a pointer to a subtype of that: the proof must take the field's
// type exactly, or `wrap` turns a function that keeps a `&'static u8` into
// one that is handed a short-lived reference.
#[repr(transparent)]
pub struct Callback(pub for<'a> fn(&'a u8));

vouch::pod_proof!(transparent [] [Callback] [] [fn(&'static u8)] Callback { 0 });

fn main() {}
