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
pub(crate) struct ClientConfig<S: client_config::State = client_config::Empty> {
    __vouch_state: (
        ::vouch::__private::builder::Stored<String>,
        ::vouch::__private::core::option::Option<u64>,
        ::vouch::__private::core::option::Option<u64>,
        ::vouch::__private::core::option::Option<String>,
        ::vouch::__private::builder::Stored<u8>,
    ),
    __vouch_type: ::vouch::__private::core::marker::PhantomData<
        (fn() -> Client, fn() -> S),
    >,
}
/** The state of `ClientConfig`: `State` says which fields are set, one associated type per field (`Set` or `Unset`), so methods of your own can take and return the builder in any state (`impl<S: State> ClientConfig<S>`, `where S::Member: IsUnset`, `ClientConfig<SetMember<S>>`, `S: IsComplete`).

 It also names each field and setter of `ClientConfig` by a type, as the bounds of its methods and its compile errors name them. A bound `S::Url: Required<url, ..>` reads "the field `url` is set". They are names, never values.*/
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
pub(crate) mod client_config {
    pub use ::vouch::builder::{IsSet, IsUnset};
    mod State_is_sealed {
        pub trait Sealed {}
    }
    /// The state of a `ClientConfig`: for each field with a setter, whether it is set (`Set`) or not (`Unset`). Implemented by `Empty`, the first state, and by `Set<Member><S>`, the state `S` with one more field set.
    pub trait State: State_is_sealed::Sealed {
        /// The state of the field `url`: `Set` or `Unset`.
        type Url;
        /// The state of the field `timeout_secs`: `Set` or `Unset`.
        type TimeoutSecs;
        /// The state of the field `deadline_secs`: `Set` or `Unset`.
        type DeadlineSecs;
        /// The state of the field `agent`: `Set` or `Unset`.
        type Agent;
        /// The state of the field `retries`: `Set` or `Unset`.
        type Retries;
    }
    /// The state of a new builder: no member set.
    pub enum Empty {}
    impl State_is_sealed::Sealed for Empty {}
    #[automatically_derived]
    impl State for Empty {
        type Url = ::vouch::builder::Unset<url>;
        type TimeoutSecs = ::vouch::builder::Unset<timeout_secs>;
        type DeadlineSecs = ::vouch::builder::Unset<deadline_secs>;
        type Agent = ::vouch::builder::Unset<agent>;
        type Retries = ::vouch::builder::Unset<retries>;
    }
    /// The state `S` with the field `url` set: what its setter returns, `ClientConfig<SetUrl<S>>`. `SetUrl` alone is the state after that one setter.
    pub struct SetUrl<S = Empty>(
        ::vouch::__private::core::marker::PhantomData<fn() -> S>,
    );
    impl<S> State_is_sealed::Sealed for SetUrl<S> {}
    #[automatically_derived]
    impl<S: State> State for SetUrl<S> {
        type Url = ::vouch::builder::Set<url>;
        type TimeoutSecs = S::TimeoutSecs;
        type DeadlineSecs = S::DeadlineSecs;
        type Agent = S::Agent;
        type Retries = S::Retries;
    }
    /// The state `S` with the field `timeout_secs` set: what its setter returns, `ClientConfig<SetTimeoutSecs<S>>`. `SetTimeoutSecs` alone is the state after that one setter.
    pub struct SetTimeoutSecs<S = Empty>(
        ::vouch::__private::core::marker::PhantomData<fn() -> S>,
    );
    impl<S> State_is_sealed::Sealed for SetTimeoutSecs<S> {}
    #[automatically_derived]
    impl<S: State> State for SetTimeoutSecs<S> {
        type Url = S::Url;
        type TimeoutSecs = ::vouch::builder::Set<timeout_secs>;
        type DeadlineSecs = S::DeadlineSecs;
        type Agent = S::Agent;
        type Retries = S::Retries;
    }
    /// The state `S` with the field `deadline_secs` set: what its setter returns, `ClientConfig<SetDeadlineSecs<S>>`. `SetDeadlineSecs` alone is the state after that one setter.
    pub struct SetDeadlineSecs<S = Empty>(
        ::vouch::__private::core::marker::PhantomData<fn() -> S>,
    );
    impl<S> State_is_sealed::Sealed for SetDeadlineSecs<S> {}
    #[automatically_derived]
    impl<S: State> State for SetDeadlineSecs<S> {
        type Url = S::Url;
        type TimeoutSecs = S::TimeoutSecs;
        type DeadlineSecs = ::vouch::builder::Set<deadline_secs>;
        type Agent = S::Agent;
        type Retries = S::Retries;
    }
    /// The state `S` with the field `agent` set: what its setter returns, `ClientConfig<SetAgent<S>>`. `SetAgent` alone is the state after that one setter.
    pub struct SetAgent<S = Empty>(
        ::vouch::__private::core::marker::PhantomData<fn() -> S>,
    );
    impl<S> State_is_sealed::Sealed for SetAgent<S> {}
    #[automatically_derived]
    impl<S: State> State for SetAgent<S> {
        type Url = S::Url;
        type TimeoutSecs = S::TimeoutSecs;
        type DeadlineSecs = S::DeadlineSecs;
        type Agent = ::vouch::builder::Set<agent>;
        type Retries = S::Retries;
    }
    /// The state `S` with the field `retries` set: what its setter returns, `ClientConfig<SetRetries<S>>`. `SetRetries` alone is the state after that one setter.
    pub struct SetRetries<S = Empty>(
        ::vouch::__private::core::marker::PhantomData<fn() -> S>,
    );
    impl<S> State_is_sealed::Sealed for SetRetries<S> {}
    #[automatically_derived]
    impl<S: State> State for SetRetries<S> {
        type Url = S::Url;
        type TimeoutSecs = S::TimeoutSecs;
        type DeadlineSecs = S::DeadlineSecs;
        type Agent = S::Agent;
        type Retries = ::vouch::builder::Set<retries>;
    }
    /// A state in which every required field of `ClientConfig` is set, so its finishing method can be called: `impl<S: IsComplete> ClientConfig<S>`.
    pub trait IsComplete: State<Url: IsSet, Retries: IsSet> {}
    #[automatically_derived]
    impl<S: State<Url: IsSet, Retries: IsSet>> IsComplete for S {}
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
                ::vouch::__private::builder::Stored::Empty,
                ::vouch::__private::core::option::Option::None,
                ::vouch::__private::core::option::Option::None,
                ::vouch::__private::core::option::Option::None,
                ::vouch::__private::builder::Stored::Empty,
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
impl<S: client_config::State> ClientConfig<S> {
    /// The base URL.
    #[inline(always)]
    pub(crate) fn url(
        mut self,
        value: impl ::vouch::__private::core::convert::Into<String>,
    ) -> ClientConfig<client_config::SetUrl<S>>
    where
        S::Url: ::vouch::__private::builder::NotSet<
            client_config::url,
            client_config::url,
            Client,
        >,
    {
        self.__vouch_state.0 = ::vouch::__private::builder::Stored::Value(
            ::vouch::__private::core::convert::Into::into(value),
        );
        ClientConfig {
            __vouch_state: self.__vouch_state,
            __vouch_type: ::vouch::__private::core::marker::PhantomData,
        }
    }
    /// Sets `timeout_secs`.
    #[inline(always)]
    pub(crate) fn timeout_secs(
        mut self,
        value: u64,
    ) -> ClientConfig<client_config::SetTimeoutSecs<S>>
    where
        S::TimeoutSecs: ::vouch::__private::builder::OptionNotSet<
            client_config::timeout_secs,
            client_config::timeout_secs,
            Client,
        >,
    {
        self.__vouch_state.1 = ::vouch::__private::core::option::Option::Some(value);
        ClientConfig {
            __vouch_state: self.__vouch_state,
            __vouch_type: ::vouch::__private::core::marker::PhantomData,
        }
    }
    /// Sets `timeout_secs` to `Some(value)` or `None`, as given: `.timeout_secs(value)` with an `Option`.
    #[inline(always)]
    pub(crate) fn maybe_timeout_secs(
        mut self,
        value: ::vouch::__private::core::option::Option<u64>,
    ) -> ClientConfig<client_config::SetTimeoutSecs<S>>
    where
        S::TimeoutSecs: ::vouch::__private::builder::OptionNotSet<
            client_config::timeout_secs,
            client_config::timeout_secs,
            Client,
        >,
    {
        self.__vouch_state.1 = value;
        ClientConfig {
            __vouch_state: self.__vouch_state,
            __vouch_type: ::vouch::__private::core::marker::PhantomData,
        }
    }
    /// Sets `deadline_secs`.
    #[inline(always)]
    pub(crate) fn deadline_secs(
        mut self,
        value: u64,
    ) -> ClientConfig<client_config::SetDeadlineSecs<S>>
    where
        S::DeadlineSecs: ::vouch::__private::builder::OptionNotSet<
            client_config::deadline_secs,
            client_config::deadline_secs,
            Client,
        >,
    {
        self.__vouch_state.2 = ::vouch::__private::core::option::Option::Some(value);
        ClientConfig {
            __vouch_state: self.__vouch_state,
            __vouch_type: ::vouch::__private::core::marker::PhantomData,
        }
    }
    /// Sets `deadline_secs` to `Some(value)` or `None`, as given: `.deadline_secs(value)` with an `Option`.
    #[inline(always)]
    pub(crate) fn maybe_deadline_secs(
        mut self,
        value: ::vouch::__private::core::option::Option<u64>,
    ) -> ClientConfig<client_config::SetDeadlineSecs<S>>
    where
        S::DeadlineSecs: ::vouch::__private::builder::OptionNotSet<
            client_config::deadline_secs,
            client_config::deadline_secs,
            Client,
        >,
    {
        self.__vouch_state.2 = value;
        ClientConfig {
            __vouch_state: self.__vouch_state,
            __vouch_type: ::vouch::__private::core::marker::PhantomData,
        }
    }
    /// Sets `agent`.
    #[inline(always)]
    pub(crate) fn user_agent(
        mut self,
        value: impl ::vouch::__private::core::convert::Into<String>,
    ) -> ClientConfig<client_config::SetAgent<S>>
    where
        S::Agent: ::vouch::__private::builder::OptionNotSet<
            client_config::agent,
            client_config::user_agent,
            Client,
        >,
    {
        self.__vouch_state.3 = ::vouch::__private::core::option::Option::Some(
            ::vouch::__private::core::convert::Into::into(value),
        );
        ClientConfig {
            __vouch_state: self.__vouch_state,
            __vouch_type: ::vouch::__private::core::marker::PhantomData,
        }
    }
    /// Sets `agent` to `Some(value)` or `None`, as given: `.user_agent(value)` with an `Option`.
    #[inline(always)]
    pub(crate) fn maybe_user_agent(
        mut self,
        value: ::vouch::__private::core::option::Option<
            impl ::vouch::__private::core::convert::Into<String>,
        >,
    ) -> ClientConfig<client_config::SetAgent<S>>
    where
        S::Agent: ::vouch::__private::builder::OptionNotSet<
            client_config::agent,
            client_config::user_agent,
            Client,
        >,
    {
        self.__vouch_state.3 = ::vouch::__private::core::option::Option::map(
            value,
            ::vouch::__private::core::convert::Into::into,
        );
        ClientConfig {
            __vouch_state: self.__vouch_state,
            __vouch_type: ::vouch::__private::core::marker::PhantomData,
        }
    }
    /// Retries; may be set again.
    #[inline(always)]
    pub(crate) fn retries(
        mut self,
        value: u8,
    ) -> ClientConfig<client_config::SetRetries<S>> {
        self.__vouch_state.4 = ::vouch::__private::builder::Stored::Value(value);
        ClientConfig {
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
impl<S: client_config::State> ClientConfig<S> {
    /// Builds the `Client`. Exists once every required field is set.
    #[inline(always)]
    #[must_use]
    pub(crate) fn finish(self) -> Client
    where
        S::Url: ::vouch::__private::builder::Required<
            client_config::url,
            client_config::url,
            Client,
        >,
        S::Retries: ::vouch::__private::builder::Required<
            client_config::retries,
            client_config::retries,
            Client,
        >,
    {
        let url: String = ::vouch::__private::builder::take(self.__vouch_state.0);
        let timeout_secs: u64 = match self.__vouch_state.1 {
            ::vouch::__private::core::option::Option::Some(__vouch_value) => {
                __vouch_value
            }
            ::vouch::__private::core::option::Option::None => 30,
        };
        let deadline_secs: u64 = match self.__vouch_state.2 {
            ::vouch::__private::core::option::Option::Some(__vouch_value) => {
                __vouch_value
            }
            ::vouch::__private::core::option::Option::None => timeout_secs * 2,
        };
        let agent: Option<String> = <Option<
            String,
        > as ::vouch::__private::builder::CoreOption<
            String,
        >>::from_core(self.__vouch_state.3);
        let retries: u8 = ::vouch::__private::builder::take(self.__vouch_state.4);
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
const _: () = {
    fn check0()
    where
        String: ::vouch::__private::core::clone::Clone,
    {}
    fn check1()
    where
        u64: ::vouch::__private::core::clone::Clone,
    {}
    fn check2()
    where
        u64: ::vouch::__private::core::clone::Clone,
    {}
    fn check3()
    where
        String: ::vouch::__private::core::clone::Clone,
    {}
    fn check4()
    where
        u8: ::vouch::__private::core::clone::Clone,
    {}
    fn check5()
    where
        String: ::vouch::__private::core::fmt::Debug,
    {}
    fn check6()
    where
        u64: ::vouch::__private::core::fmt::Debug,
    {}
    fn check7()
    where
        u64: ::vouch::__private::core::fmt::Debug,
    {}
    fn check8()
    where
        String: ::vouch::__private::core::fmt::Debug,
    {}
    fn check9()
    where
        u8: ::vouch::__private::core::fmt::Debug,
    {}
};
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
impl<S: client_config::State> ::vouch::__private::core::clone::Clone for ClientConfig<S>
where
    S::Url: ::vouch::__private::builder::CloneSlot<String>,
    S::TimeoutSecs: ::vouch::__private::builder::CloneSlot<u64>,
    S::DeadlineSecs: ::vouch::__private::builder::CloneSlot<u64>,
    S::Agent: ::vouch::__private::builder::CloneSlot<String>,
    S::Retries: ::vouch::__private::builder::CloneSlot<u8>,
{
    #[inline]
    fn clone(&self) -> Self {
        ClientConfig {
            __vouch_state: (
                <S::Url as ::vouch::__private::builder::CloneSlot<
                    String,
                >>::clone_slot(&self.__vouch_state.0),
                <S::TimeoutSecs as ::vouch::__private::builder::CloneSlot<
                    u64,
                >>::clone_slot(&self.__vouch_state.1),
                <S::DeadlineSecs as ::vouch::__private::builder::CloneSlot<
                    u64,
                >>::clone_slot(&self.__vouch_state.2),
                <S::Agent as ::vouch::__private::builder::CloneSlot<
                    String,
                >>::clone_slot(&self.__vouch_state.3),
                <S::Retries as ::vouch::__private::builder::CloneSlot<
                    u8,
                >>::clone_slot(&self.__vouch_state.4),
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
impl<S: client_config::State> ::vouch::__private::core::fmt::Debug for ClientConfig<S>
where
    S::Url: ::vouch::__private::builder::DebugSlot<String>,
    S::TimeoutSecs: ::vouch::__private::builder::DebugSlot<u64>,
    S::DeadlineSecs: ::vouch::__private::builder::DebugSlot<u64>,
    S::Agent: ::vouch::__private::builder::DebugSlot<String>,
    S::Retries: ::vouch::__private::builder::DebugSlot<u8>,
{
    fn fmt(
        &self,
        f: &mut ::vouch::__private::core::fmt::Formatter<'_>,
    ) -> ::vouch::__private::core::fmt::Result {
        let mut out = ::vouch::__private::core::fmt::Formatter::debug_struct(
            f,
            "ClientConfig",
        );
        <S::Url as ::vouch::__private::builder::DebugSlot<
            String,
        >>::debug_slot(&self.__vouch_state.0, "url", &mut out);
        <S::TimeoutSecs as ::vouch::__private::builder::DebugSlot<
            u64,
        >>::debug_slot(&self.__vouch_state.1, "timeout_secs", &mut out);
        <S::DeadlineSecs as ::vouch::__private::builder::DebugSlot<
            u64,
        >>::debug_slot(&self.__vouch_state.2, "deadline_secs", &mut out);
        <S::Agent as ::vouch::__private::builder::DebugSlot<
            String,
        >>::debug_slot(&self.__vouch_state.3, "user_agent", &mut out);
        <S::Retries as ::vouch::__private::builder::DebugSlot<
            u8,
        >>::debug_slot(&self.__vouch_state.4, "retries", &mut out);
        ::vouch::__private::core::fmt::DebugStruct::finish(&mut out)
    }
}
