// Two builders with a field of the same name: the message still names the
// field, with the path rustc gives to non-unique names.
#[derive(vouch::Builder)]
struct Server {
    port: u16,
}

#[derive(vouch::Builder)]
struct Proxy {
    port: u16,
}

fn main() {
    let _ = Server::builder().build();
    let _ = Proxy::builder().port(1).build();
}
