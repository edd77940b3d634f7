// `#[vouch::bon]` takes no arguments.
struct Point(i32);

#[vouch::bon(finish_fn = run)]
impl Point {
    #[builder]
    fn new(x: i32) -> Self {
        Self(x)
    }
}

fn main() {
    let _ = Point::builder().x(1).build().0;
}
