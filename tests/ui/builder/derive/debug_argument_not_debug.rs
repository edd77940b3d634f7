// `derive(Debug)` on a method's builder: the receiver's type (the impl's)
// and an argument's type are not `Debug`, each reported where written.
struct Handle;

struct Server;

#[vouch::bon]
impl Server {
    #[builder(derive(Debug))]
    fn connect(&self, handle: Handle, port: u16) -> u16 {
        let _ = handle;
        port
    }

    #[builder(derive(Debug))]
    fn restart(self, port: u16) -> u16 {
        port
    }
}

fn main() {}
