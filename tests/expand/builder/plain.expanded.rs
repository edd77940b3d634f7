struct Config {
    host: String,
    port: Option<u16>,
}
/** Builds a `Config`: start with `Config::builder()`, call a setter per field, finish with `.build()`.

 `State` is the builder's state: a tuple with one slot per field that has a setter, `Unset` until the setter is called, then `Set<T>` holding the value.*/
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
struct ConfigBuilder<
    State = (::vouch::__private::builder::Unset, ::vouch::__private::builder::Unset),
> {
    __vouch_state: State,
    __vouch_type: ::vouch::__private::core::marker::PhantomData<fn() -> Config>,
}
/// The names of the fields and setters of `ConfigBuilder`, as the bounds of its methods and its compile errors name them: `Host: Required<host, ..>` reads "the slot `Host` holds the field `host`". They are names, never values.
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
#[allow(unreachable_pub, missing_debug_implementations, missing_copy_implementations)]
mod config_builder {
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
                ::vouch::__private::builder::Unset,
                ::vouch::__private::builder::Unset,
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
impl<Host, Port> ConfigBuilder<(Host, Port)> {
    /// Sets `host`.
    #[inline(always)]
    fn host(
        self,
        value: String,
    ) -> ConfigBuilder<(::vouch::__private::builder::Set<String>, Port)>
    where
        Host: ::vouch::__private::builder::NotSet<
            config_builder::host,
            config_builder::host,
            Config,
        >,
    {
        let (_, __vouch_slot1) = self.__vouch_state;
        ConfigBuilder {
            __vouch_state: (::vouch::__private::builder::set(value), __vouch_slot1),
            __vouch_type: ::vouch::__private::core::marker::PhantomData,
        }
    }
    /// Sets `port`.
    #[inline(always)]
    fn port(
        self,
        value: u16,
    ) -> ConfigBuilder<
        (
            Host,
            ::vouch::__private::builder::Set<
                ::vouch::__private::core::option::Option<u16>,
            >,
        ),
    >
    where
        Port: ::vouch::__private::builder::OptionNotSet<
            config_builder::port,
            config_builder::port,
            Config,
        >,
    {
        let (__vouch_slot0, _) = self.__vouch_state;
        ConfigBuilder {
            __vouch_state: (
                __vouch_slot0,
                ::vouch::__private::builder::set(
                    ::vouch::__private::core::option::Option::Some(value),
                ),
            ),
            __vouch_type: ::vouch::__private::core::marker::PhantomData,
        }
    }
    /// Sets `port` to `Some(value)` or `None`, as given: `.port(value)` with an `Option`.
    #[inline(always)]
    fn maybe_port(
        self,
        value: ::vouch::__private::core::option::Option<u16>,
    ) -> ConfigBuilder<
        (
            Host,
            ::vouch::__private::builder::Set<
                ::vouch::__private::core::option::Option<u16>,
            >,
        ),
    >
    where
        Port: ::vouch::__private::builder::OptionNotSet<
            config_builder::port,
            config_builder::port,
            Config,
        >,
    {
        let (__vouch_slot0, _) = self.__vouch_state;
        ConfigBuilder {
            __vouch_state: (__vouch_slot0, ::vouch::__private::builder::set(value)),
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
impl<Host, Port> ConfigBuilder<(Host, Port)> {
    /// Builds the `Config`. Exists once every required field is set.
    #[inline(always)]
    #[must_use]
    fn build(self) -> Config
    where
        Host: ::vouch::__private::builder::Required<
            config_builder::host,
            config_builder::host,
            Config,
            String,
        >,
        Port: ::vouch::__private::builder::Optional<
            ::vouch::__private::core::option::Option<u16>,
        >,
    {
        let (__vouch_slot0, __vouch_slot1) = self.__vouch_state;
        let __vouch_field0: String = <Host as ::vouch::__private::builder::Required<
            config_builder::host,
            config_builder::host,
            Config,
            String,
        >>::take(__vouch_slot0);
        let __vouch_field1: Option<u16> = <Option<
            u16,
        > as ::vouch::__private::builder::CoreOption<
            u16,
        >>::from_core(
            match <Port as ::vouch::__private::builder::Optional<
                ::vouch::__private::core::option::Option<u16>,
            >>::into_option(__vouch_slot1) {
                ::vouch::__private::core::option::Option::Some(__vouch_value) => {
                    __vouch_value
                }
                ::vouch::__private::core::option::Option::None => {
                    ::vouch::__private::core::option::Option::None
                }
            },
        );
        Config {
            host: __vouch_field0,
            port: __vouch_field1,
        }
    }
}
