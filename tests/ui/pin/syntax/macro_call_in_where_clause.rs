use vouch::pin_project;

macro_rules! bound {
    () => {
        u8
    };
}

#[pin_project]
struct Struct<T>
where
    T: Iterator<Item = bound!()>,
{
    #[pin]
    field: T,
}

fn main() {}
