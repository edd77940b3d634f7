#[builder(
    builder_type(
        name = ClientConfig,
        vis = "pub(crate)",
        doc{#[doc = " Configures a `Client`."]}
    ),
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
    #[builder(default = timeout_secs*2)]
    deadline_secs: u64,
    #[builder(name = user_agent)]
    agent: Option<String>,
    #[builder(
        overwritable,
        setters(vis = "pub(crate)", doc{#[doc = " Retries; may be set again."]})
    )]
    retries: u8,
    #[builder(skip)]
    requests_sent: u64,
}
/// Configures a `Client`.
#[must_use = "a builder does nothing until `.finish()` is called"]
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
pub(crate) struct ClientConfig<
    __VouchState
        = (
            ::vouch::__private::builder::Unset,
            ::vouch::__private::builder::Unset,
            ::vouch::__private::builder::Unset,
            ::vouch::__private::builder::Unset,
            ::vouch::__private::builder::Unset,
        ),
> {
    __vouch_state: __VouchState,
    __vouch_type: ::vouch::__private::core::marker::PhantomData<fn() -> Client>,
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
        pub struct url {}
        #[doc(hidden)]
        pub struct timeout_secs {}
        #[doc(hidden)]
        pub struct deadline_secs {}
        #[doc(hidden)]
        pub struct agent {}
        #[doc(hidden)]
        pub struct user_agent {}
        #[doc(hidden)]
        pub struct retries {}
    }
    #[automatically_derived]
    impl Client {
        /// Starts a builder of `Client`: call a setter per field, then `.finish()`.
        #[inline(always)]
        pub fn new() -> ClientConfig<
            (
                ::vouch::__private::builder::Unset,
                ::vouch::__private::builder::Unset,
                ::vouch::__private::builder::Unset,
                ::vouch::__private::builder::Unset,
                ::vouch::__private::builder::Unset,
            ),
        > {
            ClientConfig {
                __vouch_state: (
                    ::vouch::__private::builder::Unset,
                    ::vouch::__private::builder::Unset,
                    ::vouch::__private::builder::Unset,
                    ::vouch::__private::builder::Unset,
                    ::vouch::__private::builder::Unset,
                ),
                __vouch_type: ::vouch::__private::core::marker::PhantomData,
            }
        }
    }
    #[automatically_derived]
    impl<
        __S_url,
        __S_timeout_secs,
        __S_deadline_secs,
        __S_agent,
        __S_retries,
    > ClientConfig<
        (__S_url, __S_timeout_secs, __S_deadline_secs, __S_agent, __S_retries),
    > {
        /// The base URL.
        #[inline(always)]
        pub(crate) fn url(
            self,
            value: impl ::vouch::__private::core::convert::Into<String>,
        ) -> ClientConfig<
            (
                ::vouch::__private::builder::Set<String>,
                __S_timeout_secs,
                __S_deadline_secs,
                __S_agent,
                __S_retries,
            ),
        >
        where
            __S_url: ::vouch::__private::builder::NotSet<
                __vouch_fields::url,
                __vouch_fields::url,
                Client,
            >,
        {
            let (_, __vouch_slot1, __vouch_slot2, __vouch_slot3, __vouch_slot4) = self
                .__vouch_state;
            ClientConfig {
                __vouch_state: (
                    ::vouch::__private::builder::set(
                        ::vouch::__private::core::convert::Into::into(value),
                    ),
                    __vouch_slot1,
                    __vouch_slot2,
                    __vouch_slot3,
                    __vouch_slot4,
                ),
                __vouch_type: ::vouch::__private::core::marker::PhantomData,
            }
        }
        /// Sets `timeout_secs`.
        #[inline(always)]
        pub(crate) fn timeout_secs(
            self,
            value: u64,
        ) -> ClientConfig<
            (
                __S_url,
                ::vouch::__private::builder::Set<u64>,
                __S_deadline_secs,
                __S_agent,
                __S_retries,
            ),
        >
        where
            __S_timeout_secs: ::vouch::__private::builder::NotSet<
                __vouch_fields::timeout_secs,
                __vouch_fields::timeout_secs,
                Client,
            >,
        {
            let (__vouch_slot0, _, __vouch_slot2, __vouch_slot3, __vouch_slot4) = self
                .__vouch_state;
            ClientConfig {
                __vouch_state: (
                    __vouch_slot0,
                    ::vouch::__private::builder::set(value),
                    __vouch_slot2,
                    __vouch_slot3,
                    __vouch_slot4,
                ),
                __vouch_type: ::vouch::__private::core::marker::PhantomData,
            }
        }
        /// Sets `deadline_secs`.
        #[inline(always)]
        pub(crate) fn deadline_secs(
            self,
            value: u64,
        ) -> ClientConfig<
            (
                __S_url,
                __S_timeout_secs,
                ::vouch::__private::builder::Set<u64>,
                __S_agent,
                __S_retries,
            ),
        >
        where
            __S_deadline_secs: ::vouch::__private::builder::NotSet<
                __vouch_fields::deadline_secs,
                __vouch_fields::deadline_secs,
                Client,
            >,
        {
            let (__vouch_slot0, __vouch_slot1, _, __vouch_slot3, __vouch_slot4) = self
                .__vouch_state;
            ClientConfig {
                __vouch_state: (
                    __vouch_slot0,
                    __vouch_slot1,
                    ::vouch::__private::builder::set(value),
                    __vouch_slot3,
                    __vouch_slot4,
                ),
                __vouch_type: ::vouch::__private::core::marker::PhantomData,
            }
        }
        /// Sets `agent`.
        #[inline(always)]
        pub(crate) fn user_agent(
            self,
            value: impl ::vouch::__private::core::convert::Into<String>,
        ) -> ClientConfig<
            (
                __S_url,
                __S_timeout_secs,
                __S_deadline_secs,
                ::vouch::__private::builder::Set<
                    ::vouch::__private::core::option::Option<String>,
                >,
                __S_retries,
            ),
        >
        where
            __S_agent: ::vouch::__private::builder::OptionNotSet<
                __vouch_fields::agent,
                __vouch_fields::user_agent,
                Client,
            >,
        {
            let (__vouch_slot0, __vouch_slot1, __vouch_slot2, _, __vouch_slot4) = self
                .__vouch_state;
            ClientConfig {
                __vouch_state: (
                    __vouch_slot0,
                    __vouch_slot1,
                    __vouch_slot2,
                    ::vouch::__private::builder::set(
                        ::vouch::__private::core::option::Option::Some(
                            ::vouch::__private::core::convert::Into::into(value),
                        ),
                    ),
                    __vouch_slot4,
                ),
                __vouch_type: ::vouch::__private::core::marker::PhantomData,
            }
        }
        /// Sets `agent` to `Some(value)` or `None`, as given: `.user_agent(value)` with an `Option`.
        #[inline(always)]
        pub(crate) fn maybe_user_agent(
            self,
            value: ::vouch::__private::core::option::Option<
                impl ::vouch::__private::core::convert::Into<String>,
            >,
        ) -> ClientConfig<
            (
                __S_url,
                __S_timeout_secs,
                __S_deadline_secs,
                ::vouch::__private::builder::Set<
                    ::vouch::__private::core::option::Option<String>,
                >,
                __S_retries,
            ),
        >
        where
            __S_agent: ::vouch::__private::builder::OptionNotSet<
                __vouch_fields::agent,
                __vouch_fields::user_agent,
                Client,
            >,
        {
            let (__vouch_slot0, __vouch_slot1, __vouch_slot2, _, __vouch_slot4) = self
                .__vouch_state;
            ClientConfig {
                __vouch_state: (
                    __vouch_slot0,
                    __vouch_slot1,
                    __vouch_slot2,
                    ::vouch::__private::builder::set(
                        ::vouch::__private::core::option::Option::map(
                            value,
                            ::vouch::__private::core::convert::Into::into,
                        ),
                    ),
                    __vouch_slot4,
                ),
                __vouch_type: ::vouch::__private::core::marker::PhantomData,
            }
        }
        /// Retries; may be set again.
        #[inline(always)]
        pub(crate) fn retries(
            self,
            value: u8,
        ) -> ClientConfig<
            (
                __S_url,
                __S_timeout_secs,
                __S_deadline_secs,
                __S_agent,
                ::vouch::__private::builder::Set<u8>,
            ),
        > {
            let (__vouch_slot0, __vouch_slot1, __vouch_slot2, __vouch_slot3, _) = self
                .__vouch_state;
            ClientConfig {
                __vouch_state: (
                    __vouch_slot0,
                    __vouch_slot1,
                    __vouch_slot2,
                    __vouch_slot3,
                    ::vouch::__private::builder::set(value),
                ),
                __vouch_type: ::vouch::__private::core::marker::PhantomData,
            }
        }
    }
    #[automatically_derived]
    impl<
        __S_url,
        __S_timeout_secs,
        __S_deadline_secs,
        __S_agent,
        __S_retries,
    > ClientConfig<
        (__S_url, __S_timeout_secs, __S_deadline_secs, __S_agent, __S_retries),
    > {
        /// Builds the `Client`. Exists once every required field is set.
        #[inline(always)]
        #[must_use]
        pub(crate) fn finish(self) -> Client
        where
            __S_url: ::vouch::__private::builder::Required<
                __vouch_fields::url,
                __vouch_fields::url,
                Client,
                String,
            >,
            __S_timeout_secs: ::vouch::__private::builder::Optional<u64>,
            __S_deadline_secs: ::vouch::__private::builder::Optional<u64>,
            __S_agent: ::vouch::__private::builder::Optional<
                ::vouch::__private::core::option::Option<String>,
            >,
            __S_retries: ::vouch::__private::builder::Required<
                __vouch_fields::retries,
                __vouch_fields::retries,
                Client,
                u8,
            >,
        {
            ::vouch::__private::builder::assert_core_option::<Option<String>>();
            let (
                __vouch_slot0,
                __vouch_slot1,
                __vouch_slot2,
                __vouch_slot3,
                __vouch_slot4,
            ) = self.__vouch_state;
            let url: String = <__S_url as ::vouch::__private::builder::Required<
                __vouch_fields::url,
                __vouch_fields::url,
                Client,
                String,
            >>::take(__vouch_slot0);
            let timeout_secs: u64 = match <__S_timeout_secs as ::vouch::__private::builder::Optional<
                u64,
            >>::into_option(__vouch_slot1) {
                ::vouch::__private::core::option::Option::Some(__vouch_value) => {
                    __vouch_value
                }
                ::vouch::__private::core::option::Option::None => 30,
            };
            let deadline_secs: u64 = match <__S_deadline_secs as ::vouch::__private::builder::Optional<
                u64,
            >>::into_option(__vouch_slot2) {
                ::vouch::__private::core::option::Option::Some(__vouch_value) => {
                    __vouch_value
                }
                ::vouch::__private::core::option::Option::None => timeout_secs * 2,
            };
            let agent: Option<String> = match <__S_agent as ::vouch::__private::builder::Optional<
                ::vouch::__private::core::option::Option<String>,
            >>::into_option(__vouch_slot3) {
                ::vouch::__private::core::option::Option::Some(__vouch_value) => {
                    __vouch_value
                }
                ::vouch::__private::core::option::Option::None => {
                    ::vouch::__private::core::option::Option::None
                }
            };
            let retries: u8 = <__S_retries as ::vouch::__private::builder::Required<
                __vouch_fields::retries,
                __vouch_fields::retries,
                Client,
                u8,
            >>::take(__vouch_slot4);
            let requests_sent: u64 = <u64 as ::vouch::__private::core::default::Default>::default();
            Client {
                url: url,
                timeout_secs: timeout_secs,
                deadline_secs: deadline_secs,
                agent: agent,
                retries: retries,
                requests_sent: requests_sent,
            }
        }
    }
    #[automatically_derived]
    impl<
        __VouchState: ::vouch::__private::core::clone::Clone,
    > ::vouch::__private::core::clone::Clone for ClientConfig<__VouchState> {
        #[inline]
        fn clone(&self) -> Self {
            ClientConfig {
                __vouch_state: ::vouch::__private::core::clone::Clone::clone(
                    &self.__vouch_state,
                ),
                __vouch_type: ::vouch::__private::core::marker::PhantomData,
            }
        }
    }
    #[automatically_derived]
    impl<
        __S_url: ::vouch::__private::builder::DebugSlot,
        __S_timeout_secs: ::vouch::__private::builder::DebugSlot,
        __S_deadline_secs: ::vouch::__private::builder::DebugSlot,
        __S_agent: ::vouch::__private::builder::DebugSlot,
        __S_retries: ::vouch::__private::builder::DebugSlot,
    > ::vouch::__private::core::fmt::Debug
    for ClientConfig<
        (__S_url, __S_timeout_secs, __S_deadline_secs, __S_agent, __S_retries),
    > {
        fn fmt(
            &self,
            __vouch_f: &mut ::vouch::__private::core::fmt::Formatter<'_>,
        ) -> ::vouch::__private::core::fmt::Result {
            let mut __vouch_out = ::vouch::__private::core::fmt::Formatter::debug_struct(
                __vouch_f,
                "ClientConfig",
            );
            <__S_url as ::vouch::__private::builder::DebugSlot>::debug_slot(
                &self.__vouch_state.0,
                "url",
                &mut __vouch_out,
            );
            <__S_timeout_secs as ::vouch::__private::builder::DebugSlot>::debug_slot(
                &self.__vouch_state.1,
                "timeout_secs",
                &mut __vouch_out,
            );
            <__S_deadline_secs as ::vouch::__private::builder::DebugSlot>::debug_slot(
                &self.__vouch_state.2,
                "deadline_secs",
                &mut __vouch_out,
            );
            <__S_agent as ::vouch::__private::builder::DebugSlot>::debug_slot(
                &self.__vouch_state.3,
                "agent",
                &mut __vouch_out,
            );
            <__S_retries as ::vouch::__private::builder::DebugSlot>::debug_slot(
                &self.__vouch_state.4,
                "retries",
                &mut __vouch_out,
            );
            ::vouch::__private::core::fmt::DebugStruct::finish(&mut __vouch_out)
        }
    }
};
