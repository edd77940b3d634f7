#[derive(Clone, Copy, vouch::NoUninit)]
#[repr(transparent)]
struct Name<'a>(&'a str);

fn main() {}
