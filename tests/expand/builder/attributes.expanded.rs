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
    clippy::suspicious,
)]
#[allow(
    missing_debug_implementations,
    missing_copy_implementations,
    deprecated,
    explicit_outlives_requirements,
)]
pub(crate) struct ClientConfig<
    State
        = (
            ::vouch::__private::builder::Unset,
            ::vouch::__private::builder::Unset,
            ::vouch::__private::builder::Unset,
            ::vouch::__private::builder::Unset,
            ::vouch::__private::builder::Unset,
        ),
> {
    __vouch_state: State,
    __vouch_type: ::vouch::__private::core::marker::PhantomData<fn() -> Client>,
}
/// The names of the fields and setters of `ClientConfig`, as the bounds of its methods and its compile errors name them: `Url: Required<url, ..>` reads "the slot `Url` holds the field `url`". They are names, never values.
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
pub(crate) mod client_config {
    /// The field `url` of `Client`, set by `ClientConfig::url()`.
    pub enum url {}
    /// The field `timeout_secs` of `Client`, set by `ClientConfig::timeout_secs()`.
    pub enum timeout_secs {}
    /// The field `deadline_secs` of `Client`, set by `ClientConfig::deadline_secs()`.
    pub enum deadline_secs {}
    /// The field `agent` of `Client`, set by `ClientConfig::user_agent()`.
    pub enum agent {}
    /// The setter `ClientConfig::user_agent()`, of the field `agent`.
    pub enum user_agent {}
    /// The field `retries` of `Client`, set by `ClientConfig::retries()`.
    pub enum retries {}
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
impl Client {
    /// Starts a builder of `Client`: call a setter per field, then `.finish()`.
    #[inline(always)]
    pub fn new() -> ClientConfig {
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
impl<
    Url,
    TimeoutSecs,
    DeadlineSecs,
    Agent,
    Retries,
> ClientConfig<(Url, TimeoutSecs, DeadlineSecs, Agent, Retries)> {
    /// The base URL.
    #[inline(always)]
    pub(crate) fn url(
        self,
        value: impl ::vouch::__private::core::convert::Into<String>,
    ) -> ClientConfig<
        (
            ::vouch::__private::builder::Set<String>,
            TimeoutSecs,
            DeadlineSecs,
            Agent,
            Retries,
        ),
    >
    where
        Url: ::vouch::__private::builder::NotSet<
            client_config::url,
            client_config::url,
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
            Url,
            ::vouch::__private::builder::Set<
                ::vouch::__private::core::option::Option<u64>,
            >,
            DeadlineSecs,
            Agent,
            Retries,
        ),
    >
    where
        TimeoutSecs: ::vouch::__private::builder::OptionNotSet<
            client_config::timeout_secs,
            client_config::timeout_secs,
            Client,
        >,
    {
        let (__vouch_slot0, _, __vouch_slot2, __vouch_slot3, __vouch_slot4) = self
            .__vouch_state;
        ClientConfig {
            __vouch_state: (
                __vouch_slot0,
                ::vouch::__private::builder::set(
                    ::vouch::__private::core::option::Option::Some(value),
                ),
                __vouch_slot2,
                __vouch_slot3,
                __vouch_slot4,
            ),
            __vouch_type: ::vouch::__private::core::marker::PhantomData,
        }
    }
    /// Sets `timeout_secs` to `Some(value)` or `None`, as given: `.timeout_secs(value)` with an `Option`.
    #[inline(always)]
    pub(crate) fn maybe_timeout_secs(
        self,
        value: ::vouch::__private::core::option::Option<u64>,
    ) -> ClientConfig<
        (
            Url,
            ::vouch::__private::builder::Set<
                ::vouch::__private::core::option::Option<u64>,
            >,
            DeadlineSecs,
            Agent,
            Retries,
        ),
    >
    where
        TimeoutSecs: ::vouch::__private::builder::OptionNotSet<
            client_config::timeout_secs,
            client_config::timeout_secs,
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
            Url,
            TimeoutSecs,
            ::vouch::__private::builder::Set<
                ::vouch::__private::core::option::Option<u64>,
            >,
            Agent,
            Retries,
        ),
    >
    where
        DeadlineSecs: ::vouch::__private::builder::OptionNotSet<
            client_config::deadline_secs,
            client_config::deadline_secs,
            Client,
        >,
    {
        let (__vouch_slot0, __vouch_slot1, _, __vouch_slot3, __vouch_slot4) = self
            .__vouch_state;
        ClientConfig {
            __vouch_state: (
                __vouch_slot0,
                __vouch_slot1,
                ::vouch::__private::builder::set(
                    ::vouch::__private::core::option::Option::Some(value),
                ),
                __vouch_slot3,
                __vouch_slot4,
            ),
            __vouch_type: ::vouch::__private::core::marker::PhantomData,
        }
    }
    /// Sets `deadline_secs` to `Some(value)` or `None`, as given: `.deadline_secs(value)` with an `Option`.
    #[inline(always)]
    pub(crate) fn maybe_deadline_secs(
        self,
        value: ::vouch::__private::core::option::Option<u64>,
    ) -> ClientConfig<
        (
            Url,
            TimeoutSecs,
            ::vouch::__private::builder::Set<
                ::vouch::__private::core::option::Option<u64>,
            >,
            Agent,
            Retries,
        ),
    >
    where
        DeadlineSecs: ::vouch::__private::builder::OptionNotSet<
            client_config::deadline_secs,
            client_config::deadline_secs,
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
            Url,
            TimeoutSecs,
            DeadlineSecs,
            ::vouch::__private::builder::Set<
                ::vouch::__private::core::option::Option<String>,
            >,
            Retries,
        ),
    >
    where
        Agent: ::vouch::__private::builder::OptionNotSet<
            client_config::agent,
            client_config::user_agent,
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
            Url,
            TimeoutSecs,
            DeadlineSecs,
            ::vouch::__private::builder::Set<
                ::vouch::__private::core::option::Option<String>,
            >,
            Retries,
        ),
    >
    where
        Agent: ::vouch::__private::builder::OptionNotSet<
            client_config::agent,
            client_config::user_agent,
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
        (Url, TimeoutSecs, DeadlineSecs, Agent, ::vouch::__private::builder::Set<u8>),
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
impl<
    Url,
    TimeoutSecs,
    DeadlineSecs,
    Agent,
    Retries,
> ClientConfig<(Url, TimeoutSecs, DeadlineSecs, Agent, Retries)> {
    /// Builds the `Client`. Exists once every required field is set.
    #[inline(always)]
    #[must_use]
    pub(crate) fn finish(self) -> Client
    where
        Url: ::vouch::__private::builder::Required<
            client_config::url,
            client_config::url,
            Client,
            String,
        >,
        TimeoutSecs: ::vouch::__private::builder::Optional<
            ::vouch::__private::core::option::Option<u64>,
        >,
        DeadlineSecs: ::vouch::__private::builder::Optional<
            ::vouch::__private::core::option::Option<u64>,
        >,
        Agent: ::vouch::__private::builder::Optional<
            ::vouch::__private::core::option::Option<String>,
        >,
        Retries: ::vouch::__private::builder::Required<
            client_config::retries,
            client_config::retries,
            Client,
            u8,
        >,
    {
        let (
            __vouch_slot0,
            __vouch_slot1,
            __vouch_slot2,
            __vouch_slot3,
            __vouch_slot4,
        ) = self.__vouch_state;
        let url: String = <Url as ::vouch::__private::builder::Required<
            client_config::url,
            client_config::url,
            Client,
            String,
        >>::take(__vouch_slot0);
        let timeout_secs: u64 = match ::vouch::__private::core::option::Option::flatten(
            <TimeoutSecs as ::vouch::__private::builder::Optional<
                ::vouch::__private::core::option::Option<u64>,
            >>::into_option(__vouch_slot1),
        ) {
            ::vouch::__private::core::option::Option::Some(__vouch_value) => {
                __vouch_value
            }
            ::vouch::__private::core::option::Option::None => 30,
        };
        let deadline_secs: u64 = match ::vouch::__private::core::option::Option::flatten(
            <DeadlineSecs as ::vouch::__private::builder::Optional<
                ::vouch::__private::core::option::Option<u64>,
            >>::into_option(__vouch_slot2),
        ) {
            ::vouch::__private::core::option::Option::Some(__vouch_value) => {
                __vouch_value
            }
            ::vouch::__private::core::option::Option::None => timeout_secs * 2,
        };
        let agent: Option<String> = <Option<
            String,
        > as ::vouch::__private::builder::CoreOption<
            String,
        >>::from_core(
            match <Agent as ::vouch::__private::builder::Optional<
                ::vouch::__private::core::option::Option<String>,
            >>::into_option(__vouch_slot3) {
                ::vouch::__private::core::option::Option::Some(__vouch_value) => {
                    __vouch_value
                }
                ::vouch::__private::core::option::Option::None => {
                    ::vouch::__private::core::option::Option::None
                }
            },
        );
        let retries: u8 = <Retries as ::vouch::__private::builder::Required<
            client_config::retries,
            client_config::retries,
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
impl<
    State: ::vouch::__private::core::clone::Clone,
> ::vouch::__private::core::clone::Clone for ClientConfig<State> {
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
impl<
    Url: ::vouch::__private::builder::DebugSlot,
    TimeoutSecs: ::vouch::__private::builder::DebugOptionSlot,
    DeadlineSecs: ::vouch::__private::builder::DebugOptionSlot,
    Agent: ::vouch::__private::builder::DebugOptionSlot,
    Retries: ::vouch::__private::builder::DebugSlot,
> ::vouch::__private::core::fmt::Debug
for ClientConfig<(Url, TimeoutSecs, DeadlineSecs, Agent, Retries)> {
    fn fmt(
        &self,
        f: &mut ::vouch::__private::core::fmt::Formatter<'_>,
    ) -> ::vouch::__private::core::fmt::Result {
        let mut out = ::vouch::__private::core::fmt::Formatter::debug_struct(
            f,
            "ClientConfig",
        );
        <Url as ::vouch::__private::builder::DebugSlot>::debug_slot(
            &self.__vouch_state.0,
            "url",
            &mut out,
        );
        <TimeoutSecs as ::vouch::__private::builder::DebugOptionSlot>::debug_slot(
            &self.__vouch_state.1,
            "timeout_secs",
            &mut out,
        );
        <DeadlineSecs as ::vouch::__private::builder::DebugOptionSlot>::debug_slot(
            &self.__vouch_state.2,
            "deadline_secs",
            &mut out,
        );
        <Agent as ::vouch::__private::builder::DebugOptionSlot>::debug_slot(
            &self.__vouch_state.3,
            "user_agent",
            &mut out,
        );
        <Retries as ::vouch::__private::builder::DebugSlot>::debug_slot(
            &self.__vouch_state.4,
            "retries",
            &mut out,
        );
        ::vouch::__private::core::fmt::DebugStruct::finish(&mut out)
    }
}
