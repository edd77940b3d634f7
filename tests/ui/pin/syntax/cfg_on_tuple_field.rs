use vouch::pin_project;

#[pin_project]
struct Struct(#[cfg(all())] #[pin] u8, u16);

fn main() {}
