//! Runtime tests of typed-builder's attribute spellings, which
//! `#[derive(vouch::Builder)]` reads with typed-builder's meaning so that a
//! `#[derive(TypedBuilder)]` moves over with a path change.

use vouch::Builder;

/// `setter(into)`, `setter(strip_option)` (with `default`, and with a
/// fallback setter), `setter(skip)` with `default = ..`, `default_code`.
#[derive(Builder, Debug, PartialEq)]
struct Server {
    #[builder(setter(into))]
    host: String,
    #[builder(default, setter(strip_option))]
    port: Option<u16>,
    #[builder(setter(strip_option(fallback = user_opt), into))]
    user: Option<String>,
    #[builder(default = 3, setter(skip))]
    retries: u8,
    #[builder(default, setter(skip))]
    cache: Vec<u8>,
    #[builder(default_code = "String::from(\"/\")")]
    root: String,
    /// A plain `Option` in a struct written in typed-builder's dialect: its
    /// setter takes the `Option`, and it must be given.
    timeout: Option<u32>,
    #[builder(default)]
    label: Option<&'static str>,
}

#[test]
fn setter_options() {
    let server = Server::builder()
        .host("localhost")
        .user("root")
        .timeout(Some(5))
        .build();
    assert_eq!(
        server,
        Server {
            host: "localhost".to_owned(),
            port: None,
            user: Some("root".to_owned()),
            retries: 3,
            cache: Vec::new(),
            root: "/".to_owned(),
            timeout: Some(5),
            label: None,
        }
    );
    let server = Server::builder()
        .host(String::from("h"))
        .port(8080)
        .user_opt(None::<String>)
        .root("/srv".to_owned())
        .timeout(None)
        .label(Some("x"))
        .build();
    assert_eq!(server.port, Some(8080));
    assert_eq!(server.user, None);
    assert_eq!(server.root, "/srv");
    assert_eq!(server.label, Some("x"));
    // The `Option`-taking setter of a stripped option is `maybe_..`.
    let server = Server::builder()
        .host("h")
        .maybe_port(Some(1))
        .user("u")
        .timeout(None)
        .build();
    assert_eq!(server.port, Some(1));
}

/// `setter(prefix = .., suffix = ..)`, `setter(transform = ..)` and
/// `setter(doc = "..")`.
#[derive(Builder, Debug, PartialEq)]
struct Point {
    #[builder(setter(prefix = "with_", suffix = "_mm"))]
    x: i32,
    #[builder(setter(transform = |a: i32, b: i32| a * b, doc = "Sets `y` as a product."))]
    y: i32,
    #[builder(setter(prefix = "set_"))]
    r#type: u8,
}

#[test]
fn names_and_transform() {
    let point = Point::builder().with_x_mm(1).y(2, 3).set_type(4).build();
    assert_eq!(
        point,
        Point {
            x: 1,
            y: 6,
            r#type: 4
        }
    );
}

/// `field_defaults(..)` applies to every field, and a field's own setting,
/// `!default` or `setter(!..)`, wins.
#[derive(Builder, Debug, PartialEq)]
#[builder(field_defaults(default, setter(into, strip_option(fallback_suffix = "_opt"))))]
struct Settings {
    name: String,
    #[builder(!default, setter(!into))]
    level: u8,
    nick: Option<String>,
    #[builder(default = 9, setter(!strip_option))]
    depth: u32,
}

// With `into`, the `Option`-taking setter takes `Option<impl Into<T>>`, so
// a bare `None` needs its type.
#[test]
fn field_defaults() {
    let settings = Settings::builder().level(1).build();
    assert_eq!(
        settings,
        Settings {
            name: String::new(),
            level: 1,
            nick: None,
            depth: 9,
        }
    );
    let settings = Settings::builder()
        .name("n")
        .level(2)
        .nick("k")
        .depth(3_u8)
        .build();
    assert_eq!(settings.nick.as_deref(), Some("k"));
    assert_eq!(settings.depth, 3);
    let settings = Settings::builder()
        .level(2)
        .nick_opt(None::<String>)
        .build();
    assert_eq!(settings.nick, None);
}

/// `field_defaults(setter(prefix = ..))` names every setter.
#[derive(Builder, Debug, PartialEq)]
#[builder(field_defaults(setter(prefix = "set_")))]
struct Pair {
    left: u8,
    #[builder(setter(prefix = "put_"))]
    right: u8,
}

#[test]
fn field_defaults_prefix() {
    assert_eq!(
        Pair::builder().set_left(1).put_right(2).build(),
        Pair { left: 1, right: 2 }
    );
}

/// `builder_method(..)`, `build_method(..)` and `builder_type(..)` with
/// typed-builder's `doc = ".."`; `crate_module_path`.
#[derive(Builder, Debug, PartialEq)]
#[builder(
    builder_method(vis = "", name = start, doc = "Starts a `Job`."),
    build_method(vis = "pub(crate)", name = done, doc = "Finishes the `Job`."),
    builder_type(name = JobMaker, doc = "Makes a `Job`."),
    crate_module_path = ::vouch
)]
struct Job {
    id: u32,
}

#[test]
fn item_methods() {
    let maker: JobMaker<_> = Job::start();
    assert_eq!(maker.id(7).done(), Job { id: 7 });
}

/// A struct without typed-builder's options keeps vouch's meaning of a
/// plain `Option`: optional, with a `T` setter.
#[derive(Builder, Debug, PartialEq)]
struct Plain {
    value: Option<u8>,
}

#[test]
fn plain_option_keeps_vouch_meaning() {
    assert_eq!(Plain::builder().build(), Plain { value: None });
    assert_eq!(Plain::builder().value(1).build(), Plain { value: Some(1) });
}

/// vouch's own options still work in a struct written in typed-builder's
/// dialect: a `start_fn` member that is an `Option` stays an argument.
#[derive(Builder, Debug, PartialEq)]
#[builder(field_defaults(default))]
struct Mixed {
    #[builder(start_fn)]
    id: Option<u8>,
    #[builder(setter(into))]
    name: String,
}

#[test]
fn vouch_options_in_the_dialect() {
    assert_eq!(
        Mixed::builder(Some(1)).build(),
        Mixed {
            id: Some(1),
            name: String::new(),
        }
    );
}

/// `builder_method(doc = ..)` and `build_method(doc = ..)` without a name
/// keep `builder` and `build`.
#[derive(Builder, Debug, PartialEq)]
#[builder(
    builder_method(doc = "Starts a `Note`."),
    build_method(doc = "Finishes the `Note`.")
)]
struct Note {
    #[builder(default_code = "7")]
    len: u8,
}

#[test]
fn docs_only() {
    assert_eq!(Note::builder().build(), Note { len: 7 });
}
