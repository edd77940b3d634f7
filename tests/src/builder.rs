//! The builder capability under strict lints.

/// A server's settings, built with every kind of field.
#[derive(::core::fmt::Debug, ::vouch::Builder)]
#[builder(derive(Clone, Debug))]
pub struct Server<'text, T: ::core::clone::Clone, const N: usize> {
    /// The host name.
    pub host: &'text str,
    /// The port; required.
    pub port: u16,
    /// An optional label.
    pub label: ::core::option::Option<T>,
    /// Retries, zero by default.
    #[builder(default)]
    pub retries: u8,
    /// Twice the retries unless set.
    #[builder(default = retries * 2)]
    pub backoff: u8,
    /// Fixed buffer.
    #[builder(skip = [0; N])]
    pub buffer: [u8; N],
    /// Named like the builder's finishing method.
    #[builder(name = set_build)]
    pub build: u8,
    /// Named like a builder internal.
    pub state: u8,
}

/// Renamed items and `into`.
#[derive(::core::fmt::Debug, ::core::clone::Clone, ::core::marker::Copy, ::vouch::Builder)]
#[builder(builder_type = ClientMaker, start_fn = new, finish_fn = finish, crate = ::vouch)]
pub struct Client {
    /// Converted with `Into`.
    #[builder(into)]
    pub name: &'static str,
}

/// Builds both, to prove the generated code is usable here.
#[must_use]
pub fn make() -> (u16, &'static str) {
    let server: Server<'_, u8, 2> = Server::builder()
        .host("h")
        .port(1)
        .label(3)
        .set_build(0)
        .state(0)
        .build();
    let client = Client::new().name("c").finish();
    (server.port, client.name)
}

/// A private type, held by a public struct.
#[derive(::core::fmt::Debug)]
struct Secret(u8);

/// A public struct with a private field of a private type: its public
/// builder adds no `private_interfaces` warning.
#[derive(::core::fmt::Debug, ::vouch::Builder)]
pub struct Vault {
    /// The secret.
    secret: Secret,
    /// A linked vault, spelled with `Self`.
    pub next: ::core::option::Option<&'static Self>,
}

/// Reads the secret back.
#[must_use]
pub fn open(value: u8) -> u8 {
    let vault = Vault::builder().secret(Secret(value)).build();
    vault.secret.0
}

/// bon's long forms: `on(..)`, `setters(..)`, `overwritable`, doc blocks.
#[derive(::core::fmt::Debug, ::core::clone::Clone, ::core::marker::Copy, ::vouch::Builder)]
#[builder(
    builder_type(name = TunedMaker, vis = "pub", doc {
        /// Makes a [`Tuned`].
    }),
    start_fn(name = maker, doc {
        /// Starts a [`TunedMaker`].
    }),
    finish_fn(name = make, doc {
        /// Makes the [`Tuned`].
    }),
    on(&'static str, into),
    on(u8, overwritable)
)]
pub struct Tuned {
    /// A label.
    pub label: &'static str,
    /// A level, settable twice.
    #[builder(setters(name = with_level, doc {
        /// Sets the level; a later call wins.
    }))]
    pub level: u8,
    /// Optional and required at once.
    #[builder(required)]
    pub forced: ::core::option::Option<u8>,
}

/// Uses every setter of [`Tuned`].
#[must_use]
pub fn tuned() -> u8 {
    let tuned = Tuned::maker()
        .label("x")
        .with_level(1)
        .with_level(2)
        .forced(::core::option::Option::None)
        .make();
    tuned.level
}

/// A function builder: elided lifetimes, `impl Trait`, a generic and an
/// optional argument.
#[::vouch::builder]
#[must_use]
pub fn measure<T: ::core::convert::Into<usize>>(
    /// What is measured.
    text: &str,
    /// Added to the length.
    extra: T,
    /// How often.
    times: ::core::option::Option<usize>,
    /// A prefix.
    prefix: impl ::core::convert::AsRef<str>,
) -> usize {
    let once = text.len().saturating_add(prefix.as_ref().len());
    once.saturating_add(extra.into())
        .saturating_mul(times.unwrap_or(1))
}

/// A type with method builders.
#[derive(::core::fmt::Debug, ::core::clone::Clone, ::core::marker::Copy)]
pub struct Tally {
    /// The running count.
    pub count: u32,
}

#[::vouch::bon]
impl Tally {
    /// Starts a tally.
    #[builder]
    #[must_use]
    pub const fn new(
        /// The first count.
        #[builder(getter)]
        start: u32,
    ) -> Self {
        Self { count: start }
    }

    /// Adds to the tally.
    #[builder]
    pub const fn add(
        &mut self,
        /// How much.
        amount: u32,
    ) {
        self.count = self.count.saturating_add(amount);
    }

    /// Reads the tally, plus a bonus.
    #[builder]
    #[must_use]
    pub const fn peek(self, #[builder(default)] bonus: u32) -> u32 {
        self.count.saturating_add(bonus)
    }

    /// Adds a count made by the start function.
    #[builder]
    pub const fn offset(
        &mut self,
        /// What is added.
        #[builder(start_fn)]
        by: u32,
        /// Twice that.
        #[builder(field = by.saturating_mul(2))]
        twice: u32,
        /// A note.
        note: &str,
    ) -> usize {
        self.count = self.count.saturating_add(twice).saturating_sub(by);
        note.len()
    }
}

/// Uses the function and method builders.
#[must_use]
pub fn tally() -> (u32, usize) {
    let started = Tally::builder().start(1);
    // The getter's `#[must_use]` is quiet when its value is used.
    let first = *started.get_start();
    let mut tally = started.build();
    tally.add().amount(first.saturating_add(1)).call();
    let one: u8 = 1;
    let length = measure().text("a").extra(one).prefix("hi ").call();
    (tally.peek().call(), length)
}

/// `start_fn` and `field` members: fields of the builder.
#[derive(::core::fmt::Debug, ::vouch::Builder)]
#[builder(derive(Clone, Debug))]
pub struct Counted<T> {
    /// The first value.
    #[builder(start_fn, into)]
    pub first: u32,
    /// Counted by the builder's own methods.
    #[builder(field)]
    pub count: u32,
    /// Made from the first value.
    #[builder(field = first.saturating_mul(2))]
    pub double: u32,
    /// Kept as it is.
    #[builder(field)]
    pub kept: ::core::option::Option<T>,
    /// Set by its setter.
    pub name: &'static str,
}

impl<T, S: counted_builder::State> CountedBuilder<T, S> {
    /// Counts one more.
    pub const fn bump(mut self) -> Self {
        self.count = self.count.saturating_add(1);
        self
    }
}

/// Uses the `field` members.
#[must_use]
pub fn counted() -> (u32, u32, usize) {
    let one: u8 = 1;
    let built: Counted<u8> = Counted::builder(one).bump().name("n").build();
    let mut tally = Tally::builder().start(0).build();
    let length = tally.offset(2).note("ab").call();
    (built.count, built.double, length)
}

/// `generics(setters(..))`: a public conversion method per type parameter,
/// with the generated docs.
#[derive(::core::fmt::Debug, ::vouch::Builder)]
#[builder(generics(setters(name = "conv_{}", vis = "pub")))]
pub struct Converted<'label, T: ::core::clone::Clone, U>
where
    U: ::core::marker::Copy,
{
    /// Names `T`.
    pub value: ::core::option::Option<T>,
    /// Names `U`.
    pub other: U,
    /// Names neither.
    pub label: &'label str,
}

/// Uses the conversion methods.
#[must_use]
pub fn converted() -> (::core::option::Option<u8>, u16) {
    let built = Converted::<'_, (), ()>::builder()
        .label("l")
        .conv_t::<u8>()
        .conv_u::<u16>()
        .value(1)
        .other(2)
        .build();
    (built.value, built.other)
}

/// A `const` builder, evaluated in a `const` item.
#[derive(::core::fmt::Debug, ::vouch::Builder)]
#[builder(const, derive(Clone, Debug))]
pub struct Limits<T: ::core::marker::Copy> {
    /// The base, an argument of the start function.
    #[builder(start_fn)]
    pub base: u32,
    /// An optional burst, read back by its getter.
    #[builder(getter)]
    pub burst: ::core::option::Option<T>,
    /// Twice the base unless set.
    #[builder(default = base * 2)]
    pub max: u32,
    /// Checked by its fallible setter.
    #[builder(with = |step: u32| -> ::core::result::Result<_, u32> {
        if step == 0 { ::core::result::Result::Err(step) } else { ::core::result::Result::Ok(step) }
    })]
    pub step: u32,
}

/// The `const` builder's value.
pub const LIMITS: ::core::option::Option<Limits<u8>> = match Limits::builder(1).burst(2).step(3) {
    ::core::result::Result::Ok(builder) => ::core::option::Option::Some(builder.build()),
    ::core::result::Result::Err(_) => ::core::option::Option::None,
};

/// A `const fn` with a `const` builder.
#[::vouch::builder(const)]
pub const fn scale(by: u32, #[builder(default = 1)] times: u32) -> u32 {
    by.saturating_mul(times)
}

/// The `const` function builder's value.
pub const SCALED: u32 = scale().by(2).times(3).call();
