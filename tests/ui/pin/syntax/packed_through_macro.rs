use vouch::pin_project;

// A declarative macro that puts `packed` on the item it is given.
macro_rules! packed {
    ($item:item) => {
        #[repr(packed)]
        $item
    };
}

packed! {
    #[pin_project]
    struct Struct {
        #[pin]
        field: u32,
    }
}

fn main() {}
