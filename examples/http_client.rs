//! Builds an HTTP client's configuration with `#[derive(vouch::Builder)]`:
//! required, optional, defaulted, converted and skipped fields, and a
//! default computed from an earlier field.
//!
//! Run with `cargo run --example http_client`.

use std::collections::BTreeMap;
use std::time::Duration;

/// How the client authenticates.
#[derive(Clone, Debug)]
enum Auth {
    Bearer(String),
    Basic { user: String, password: String },
}

/// Everything an HTTP client needs before its first request.
#[derive(Debug, vouch::Builder)]
#[builder(derive(Clone, Debug))]
struct ClientConfig {
    /// The URL every request path is joined to.
    #[builder(into)]
    base_url: String,
    /// Sent as `User-Agent`.
    #[builder(into, default = String::from("vouch-example/0.1"))]
    user_agent: String,
    /// Connect timeout.
    #[builder(default = Duration::from_secs(5))]
    connect_timeout: Duration,
    /// Whole-request timeout: six connect timeouts unless set.
    #[builder(default = connect_timeout * 6)]
    request_timeout: Duration,
    /// Retries of idempotent requests.
    #[builder(default = 3)]
    max_retries: u8,
    /// Credentials, if the API needs them.
    auth: Option<Auth>,
    /// A proxy URL.
    #[builder(into)]
    proxy: Option<String>,
    /// Headers added to every request.
    #[builder(default)]
    default_headers: BTreeMap<String, String>,
    /// Filled in by the client as it runs, never by the caller.
    #[builder(skip)]
    requests_sent: u64,
}

impl ClientConfig {
    /// One line per request, as a client would log it.
    fn describe(&self, path: &str) -> String {
        let auth = match &self.auth {
            Some(Auth::Bearer(token)) => format!("bearer ({} chars)", token.len()),
            Some(Auth::Basic { user, password }) => {
                format!("basic {user}:{}", "*".repeat(password.len()))
            }
            None => "none".to_owned(),
        };
        format!(
            "GET {}{path} agent={} timeouts={:?}/{:?} retries={} auth={auth} proxy={} headers={} sent={}",
            self.base_url,
            self.user_agent,
            self.connect_timeout,
            self.request_timeout,
            self.max_retries,
            self.proxy.as_deref().unwrap_or("-"),
            self.default_headers.len(),
            self.requests_sent,
        )
    }
}

fn main() {
    let headers = BTreeMap::from([("accept".to_owned(), "application/json".to_owned())]);

    // A common base, cloned for two environments.
    let base = ClientConfig::builder()
        .connect_timeout(Duration::from_secs(2))
        .default_headers(headers);
    println!("shared builder: {base:?}");

    let production = base
        .clone()
        .base_url("https://api.example.com")
        .auth(Auth::Bearer("token-from-vault".to_owned()))
        .build();
    let staging = base
        .base_url("https://staging.example.com")
        .auth(Auth::Basic {
            user: "ci".to_owned(),
            password: "secret".to_owned(),
        })
        .maybe_proxy(std::env::var("HTTPS_PROXY").ok())
        .max_retries(0)
        .build();

    for config in [&production, &staging] {
        println!("{config:#?}");
        println!("{}", config.describe("/v1/status"));
    }
    assert_eq!(production.request_timeout, Duration::from_secs(12));
    assert_eq!(production.requests_sent, 0);
    // Forgetting `.base_url(...)` does not compile:
    // error[E0277]: field `base_url` of `ClientConfig` is not set
}
