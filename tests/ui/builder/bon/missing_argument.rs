// A required argument of an associated function's builder is not set.
struct Point {
    x: i32,
    y: i32,
}

#[vouch::bon]
impl Point {
    #[builder]
    fn new(x: i32, y: i32) -> Self {
        Self { x, y }
    }
}

fn main() {
    let point = Point::builder().y(1).build();
    let _ = (point.x, point.y);
}
