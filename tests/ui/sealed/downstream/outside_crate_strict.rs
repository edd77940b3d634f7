// A sealed trait declared `no_implicit_prelude` is sealed all the same,
// with rustc's own message.
struct Hexagon;

impl vouch_tests::sealed::Shape for Hexagon {
    fn area(&self) -> f64 {
        6.0
    }

    fn scale(&mut self, _: f64) {}
}

fn main() {}
