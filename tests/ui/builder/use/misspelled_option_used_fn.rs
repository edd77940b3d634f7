// A misspelled option of a function builder is the one error: the builder
// is still made without it, so its callers report nothing more.
#[vouch::builder(finish = go)]
fn connect(#[builder(defualt)] port: u16) -> u16 {
    port
}

struct Client;

#[vouch::bon]
impl Client {
    #[builder(strat_fn = open)]
    fn connect(port: u16) -> u16 {
        port
    }
}

fn main() {
    let _ = connect().port(8080).call();
    let _ = Client::connect().port(8080).call();
}
