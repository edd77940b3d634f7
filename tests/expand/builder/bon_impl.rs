pub struct Point {
    x: i32,
    y: i32,
}

#[vouch::bon]
impl Point {
    /// A point.
    #[builder]
    pub fn new(x: i32, #[builder(default)] y: i32) -> Self {
        Self { x, y }
    }
}
