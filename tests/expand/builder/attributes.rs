#[derive(vouch::Builder)]
#[builder(
    builder_type(name = ClientConfig, vis = "pub(crate)"),
    start_fn = new,
    finish_fn = finish,
    crate = ::vouch,
    derive(Clone, Debug)
)]
pub struct Client {
    /// The base URL.
    #[builder(into)]
    url: String,
    #[builder(default = 30)]
    timeout_secs: u64,
    #[builder(default = timeout_secs * 2)]
    deadline_secs: u64,
    #[builder(name = user_agent)]
    agent: Option<String>,
    #[builder(skip)]
    requests_sent: u64,
}
