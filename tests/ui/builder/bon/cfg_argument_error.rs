// An option error on a method whose arguments have `#[cfg]`s: reported at
// the option, once, after the compiler evaluated the `#[cfg]`s.
struct Counter(u8);

#[vouch::bon]
impl Counter {
    #[builder]
    fn add(&self, #[cfg(not(any()))] value: u8, #[builder(defualt)] other: u8) -> u8 {
        self.0 + value + other
    }
}

fn main() {}
