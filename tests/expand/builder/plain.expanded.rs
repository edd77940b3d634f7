struct Config {
    host: String,
    port: Option<u16>,
}
/** Builds a `Config`: start with `Config::builder()`, call a setter per field, finish with `.build()`.

 The type parameter after the struct's own is the builder's state: which fields are set so far.*/
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
)]
#[allow(missing_debug_implementations, missing_copy_implementations, deprecated)]
struct ConfigBuilder<
    __VouchState
        = (::vouch::__private::builder::Unset, ::vouch::__private::builder::Unset),
> {
    __vouch_state: __VouchState,
    __vouch_type: ::vouch::__private::core::marker::PhantomData<fn() -> Config>,
}
#[allow(deprecated)]
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
)]
const _: () = {
    #[doc(hidden)]
    pub mod __vouch_fields {
        #[doc(hidden)]
        pub struct host {}
        #[doc(hidden)]
        pub struct port {}
    }
    #[automatically_derived]
    impl Config {
        /// Starts a builder of `Config`: call a setter per field, then `.build()`.
        #[inline(always)]
        fn builder() -> ConfigBuilder<
            (::vouch::__private::builder::Unset, ::vouch::__private::builder::Unset),
        > {
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
    impl<__S_host, __S_port> ConfigBuilder<(__S_host, __S_port)> {
        /// Sets `host`.
        #[inline(always)]
        fn host(
            self,
            value: String,
        ) -> ConfigBuilder<(::vouch::__private::builder::Set<String>, __S_port)>
        where
            __S_host: ::vouch::__private::builder::NotSet<
                __vouch_fields::host,
                __vouch_fields::host,
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
                __S_host,
                ::vouch::__private::builder::Set<
                    ::vouch::__private::core::option::Option<u16>,
                >,
            ),
        >
        where
            __S_port: ::vouch::__private::builder::OptionNotSet<
                __vouch_fields::port,
                __vouch_fields::port,
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
                __S_host,
                ::vouch::__private::builder::Set<
                    ::vouch::__private::core::option::Option<u16>,
                >,
            ),
        >
        where
            __S_port: ::vouch::__private::builder::OptionNotSet<
                __vouch_fields::port,
                __vouch_fields::port,
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
    impl<__S_host, __S_port> ConfigBuilder<(__S_host, __S_port)> {
        /// Builds the `Config`. Exists once every required field is set.
        #[inline(always)]
        #[must_use]
        fn build(self) -> Config
        where
            __S_host: ::vouch::__private::builder::Required<
                __vouch_fields::host,
                __vouch_fields::host,
                Config,
                String,
            >,
            __S_port: ::vouch::__private::builder::Optional<
                ::vouch::__private::core::option::Option<u16>,
            >,
        {
            ::vouch::__private::builder::assert_core_option::<Option<u16>>();
            let (__vouch_slot0, __vouch_slot1) = self.__vouch_state;
            let __vouch_field0: String = <__S_host as ::vouch::__private::builder::Required<
                __vouch_fields::host,
                __vouch_fields::host,
                Config,
                String,
            >>::take(__vouch_slot0);
            let __vouch_field1: Option<u16> = match <__S_port as ::vouch::__private::builder::Optional<
                ::vouch::__private::core::option::Option<u16>,
            >>::into_option(__vouch_slot1) {
                ::vouch::__private::core::option::Option::Some(__vouch_value) => {
                    __vouch_value
                }
                ::vouch::__private::core::option::Option::None => {
                    ::vouch::__private::core::option::Option::None
                }
            };
            Config {
                host: __vouch_field0,
                port: __vouch_field1,
            }
        }
    }
};
