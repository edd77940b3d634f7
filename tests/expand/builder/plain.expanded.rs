struct Config {
    host: String,
    port: Option<u16>,
}
/** Builds a `Config`: start with `Config::builder()`, call a setter per field, finish with `.build()`.

 `S` is the builder's state, which fields are set: see `config_builder::State`.*/
#[must_use = "a builder does nothing until `.build()` is called"]
#[allow(
    non_camel_case_types,
    non_snake_case,
    unused_qualifications,
    unreachable_code,
    dead_code,
    deprecated,
    clippy::pedantic,
    clippy::nursery,
    clippy::restriction,
    clippy::style,
    clippy::complexity,
    clippy::suspicious,
)]
#[allow(
    missing_debug_implementations,
    missing_copy_implementations,
    deprecated,
    explicit_outlives_requirements,
)]
struct ConfigBuilder<S: config_builder::State = config_builder::Empty> {
    __vouch_state: (
        ::vouch::__private::builder::Stored<String>,
        ::vouch::__private::core::option::Option<u16>,
    ),
    __vouch_type: ::vouch::__private::core::marker::PhantomData<
        (fn() -> Config, fn() -> S),
    >,
}
/** The state of `ConfigBuilder`: `State` says which fields are set, one associated type per field (`Set` or `Unset`), so methods of your own can take and return the builder in any state (`impl<S: State> ConfigBuilder<S>`, `where S::Member: IsUnset`, `ConfigBuilder<SetMember<S>>`, `S: IsComplete`).

 It also names each field and setter of `ConfigBuilder` by a type, as the bounds of its methods and its compile errors name them. A bound `S::Host: Required<host, ..>` reads "the field `host` is set". They are names, never values.*/
#[allow(
    non_camel_case_types,
    non_snake_case,
    unused_qualifications,
    unreachable_code,
    dead_code,
    deprecated,
    clippy::pedantic,
    clippy::nursery,
    clippy::restriction,
    clippy::style,
    clippy::complexity,
    clippy::suspicious,
)]
#[allow(
    unreachable_pub,
    unused_imports,
    missing_debug_implementations,
    missing_copy_implementations,
)]
mod config_builder {
    pub use ::vouch::builder::{IsSet, IsUnset};
    mod State_is_sealed {
        pub trait Sealed {}
    }
    /// The state of a `ConfigBuilder`: for each field with a setter, whether it is set (`Set`) or not (`Unset`). Implemented by `Empty`, the first state, and by `Set<Member><S>`, the state `S` with one more field set.
    pub trait State: State_is_sealed::Sealed {
        /// The state of the field `host`: `Set` or `Unset`.
        type Host;
        /// The state of the field `port`: `Set` or `Unset`.
        type Port;
    }
    /// The state of a new builder: no member set.
    pub enum Empty {}
    impl State_is_sealed::Sealed for Empty {}
    #[automatically_derived]
    impl State for Empty {
        type Host = ::vouch::builder::Unset<host>;
        type Port = ::vouch::builder::Unset<port>;
    }
    /// The state `S` with the field `host` set: what its setter returns, `ConfigBuilder<SetHost<S>>`. `SetHost` alone is the state after that one setter.
    pub struct SetHost<S = Empty>(
        ::vouch::__private::core::marker::PhantomData<fn() -> S>,
    );
    impl<S> State_is_sealed::Sealed for SetHost<S> {}
    #[automatically_derived]
    impl<S: State> State for SetHost<S> {
        type Host = ::vouch::builder::Set<host>;
        type Port = S::Port;
    }
    /// The state `S` with the field `port` set: what its setter returns, `ConfigBuilder<SetPort<S>>`. `SetPort` alone is the state after that one setter.
    pub struct SetPort<S = Empty>(
        ::vouch::__private::core::marker::PhantomData<fn() -> S>,
    );
    impl<S> State_is_sealed::Sealed for SetPort<S> {}
    #[automatically_derived]
    impl<S: State> State for SetPort<S> {
        type Host = S::Host;
        type Port = ::vouch::builder::Set<port>;
    }
    /// A state in which every required field of `ConfigBuilder` is set, so its finishing method can be called: `impl<S: IsComplete> ConfigBuilder<S>`.
    pub trait IsComplete: State<Host: IsSet> {}
    #[automatically_derived]
    impl<S: State<Host: IsSet>> IsComplete for S {}
    /// The field `host` of `Config`, set by `ConfigBuilder::host()`.
    pub enum host {}
    /// The field `port` of `Config`, set by `ConfigBuilder::port()`.
    pub enum port {}
}
#[automatically_derived]
#[allow(
    non_camel_case_types,
    non_snake_case,
    unused_qualifications,
    unreachable_code,
    dead_code,
    deprecated,
    clippy::pedantic,
    clippy::nursery,
    clippy::restriction,
    clippy::style,
    clippy::complexity,
    clippy::suspicious,
)]
impl Config {
    /// Starts a builder of `Config`: call a setter per field, then `.build()`.
    #[inline(always)]
    fn builder() -> ConfigBuilder {
        ConfigBuilder {
            __vouch_state: (
                ::vouch::__private::builder::Stored::Empty,
                ::vouch::__private::core::option::Option::None,
            ),
            __vouch_type: ::vouch::__private::core::marker::PhantomData,
        }
    }
}
#[automatically_derived]
#[allow(
    non_camel_case_types,
    non_snake_case,
    unused_qualifications,
    unreachable_code,
    dead_code,
    deprecated,
    clippy::pedantic,
    clippy::nursery,
    clippy::restriction,
    clippy::style,
    clippy::complexity,
    clippy::suspicious,
)]
impl<S: config_builder::State> ConfigBuilder<S> {
    /// Sets `host`.
    #[inline(always)]
    fn host(mut self, value: String) -> ConfigBuilder<config_builder::SetHost<S>>
    where
        S::Host: ::vouch::__private::builder::NotSet<
            config_builder::host,
            config_builder::host,
            Config,
        >,
    {
        self.__vouch_state.0 = ::vouch::__private::builder::Stored::Value(value);
        ConfigBuilder {
            __vouch_state: self.__vouch_state,
            __vouch_type: ::vouch::__private::core::marker::PhantomData,
        }
    }
    /// Sets `port`.
    #[inline(always)]
    fn port(mut self, value: u16) -> ConfigBuilder<config_builder::SetPort<S>>
    where
        S::Port: ::vouch::__private::builder::OptionNotSet<
            config_builder::port,
            config_builder::port,
            Config,
        >,
    {
        self.__vouch_state.1 = ::vouch::__private::core::option::Option::Some(value);
        ConfigBuilder {
            __vouch_state: self.__vouch_state,
            __vouch_type: ::vouch::__private::core::marker::PhantomData,
        }
    }
    /// Sets `port` to `Some(value)` or `None`, as given: `.port(value)` with an `Option`.
    #[inline(always)]
    fn maybe_port(
        mut self,
        value: ::vouch::__private::core::option::Option<u16>,
    ) -> ConfigBuilder<config_builder::SetPort<S>>
    where
        S::Port: ::vouch::__private::builder::OptionNotSet<
            config_builder::port,
            config_builder::port,
            Config,
        >,
    {
        self.__vouch_state.1 = value;
        ConfigBuilder {
            __vouch_state: self.__vouch_state,
            __vouch_type: ::vouch::__private::core::marker::PhantomData,
        }
    }
}
#[automatically_derived]
#[allow(
    non_camel_case_types,
    non_snake_case,
    unused_qualifications,
    unreachable_code,
    dead_code,
    deprecated,
    clippy::pedantic,
    clippy::nursery,
    clippy::restriction,
    clippy::style,
    clippy::complexity,
    clippy::suspicious,
)]
impl<S: config_builder::State> ConfigBuilder<S> {
    /// Builds the `Config`. Exists once every required field is set.
    #[inline(always)]
    #[must_use]
    fn build(self) -> Config
    where
        S::Host: ::vouch::__private::builder::Required<
            config_builder::host,
            config_builder::host,
            Config,
        >,
    {
        let __vouch_field0: String = ::vouch::__private::builder::take(
            self.__vouch_state.0,
        );
        let __vouch_field1: Option<u16> = <Option<
            u16,
        > as ::vouch::__private::builder::CoreOption<
            u16,
        >>::from_core(self.__vouch_state.1);
        Config {
            host: __vouch_field0,
            port: __vouch_field1,
        }
    }
}
