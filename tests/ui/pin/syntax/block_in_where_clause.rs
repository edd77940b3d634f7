use vouch::pin_project;

trait Sized3<const N: usize> {}

#[pin_project]
struct Struct<T>
where
    T: Sized3<{ 1 + 2 }>,
{
    #[pin]
    field: T,
}

fn main() {}
