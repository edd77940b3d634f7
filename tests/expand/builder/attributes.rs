#[derive(vouch::Builder)]
#[builder(
    builder_type(name = ClientConfig, vis = "pub(crate)", doc {
        /// Configures a `Client`.
    }),
    start_fn = new,
    finish_fn = finish,
    crate = ::vouch,
    derive(Clone, Debug),
    on(String, into)
)]
pub struct Client {
    /// The base URL.
    url: String,
    #[builder(default = 30)]
    timeout_secs: u64,
    #[builder(default = timeout_secs * 2)]
    deadline_secs: u64,
    #[builder(name = user_agent)]
    agent: Option<String>,
    #[builder(overwritable, setters(vis = "pub(crate)", doc {
        /// Retries; may be set again.
    }))]
    retries: u8,
    #[builder(skip)]
    requests_sent: u64,
}
