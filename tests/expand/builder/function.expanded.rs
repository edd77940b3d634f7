#[doc(hidden)]
#[allow(clippy::single_call_fn)]
fn __orig_connect(host: &str, port: u16) -> String {
    ::alloc::__export::must_use({
        ::alloc::fmt::format(format_args!("{0}:{1}", host, port))
    })
}
/** Calls `connect`: start with `connect()`, call a setter per argument, finish with `.call()`.

 `S` is the builder's state, which arguments are set: see `connect_builder::State`.*/
#[must_use = "a builder does nothing until `.call()` is called"]
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
struct ConnectBuilder<'host, S: connect_builder::State = connect_builder::Empty> {
    __vouch_state: (
        ::vouch::__private::builder::Stored<&'host str>,
        ::vouch::__private::core::option::Option<u16>,
    ),
    __vouch_type: ::vouch::__private::core::marker::PhantomData<
        (fn() -> (&'host (),), fn() -> S),
    >,
}
/** The state of `ConnectBuilder`: `State` says which arguments are set, one associated type per argument (`Set` or `Unset`), so methods of your own can take and return the builder in any state (`impl<S: State> ConnectBuilder<S>`, `where S::Member: IsUnset`, `ConnectBuilder<SetMember<S>>`, `S: IsComplete`).

 It also names each argument and setter of `ConnectBuilder` by a type, as the bounds of its methods and its compile errors name them. A bound `S::Host: RequiredArg<host, ..>` reads "the argument `host` is set". They are names, never values.*/
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
mod connect_builder {
    pub use ::vouch::builder::{IsSet, IsUnset};
    mod State_is_sealed {
        pub trait Sealed {}
    }
    /// The state of a `ConnectBuilder`: for each argument with a setter, whether it is set (`Set`) or not (`Unset`). Implemented by `Empty`, the first state, and by `Set<Member><S>`, the state `S` with one more argument set.
    pub trait State: State_is_sealed::Sealed {
        /// The state of the argument `host`: `Set` or `Unset`.
        type Host;
        /// The state of the argument `port`: `Set` or `Unset`.
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
    /// The state `S` with the argument `host` set: what its setter returns, `ConnectBuilder<SetHost<S>>`. `SetHost` alone is the state after that one setter.
    pub struct SetHost<S = Empty>(
        ::vouch::__private::core::marker::PhantomData<fn() -> S>,
    );
    impl<S> State_is_sealed::Sealed for SetHost<S> {}
    #[automatically_derived]
    impl<S: State> State for SetHost<S> {
        type Host = ::vouch::builder::Set<host>;
        type Port = S::Port;
    }
    /// The state `S` with the argument `port` set: what its setter returns, `ConnectBuilder<SetPort<S>>`. `SetPort` alone is the state after that one setter.
    pub struct SetPort<S = Empty>(
        ::vouch::__private::core::marker::PhantomData<fn() -> S>,
    );
    impl<S> State_is_sealed::Sealed for SetPort<S> {}
    #[automatically_derived]
    impl<S: State> State for SetPort<S> {
        type Host = S::Host;
        type Port = ::vouch::builder::Set<port>;
    }
    /// A state in which every required argument of `ConnectBuilder` is set, so its finishing method can be called: `impl<S: IsComplete> ConnectBuilder<S>`.
    pub trait IsComplete: State<Host: IsSet> {}
    #[automatically_derived]
    impl<S: State<Host: IsSet>> IsComplete for S {}
    /// The argument `host` of `connect`, set by `ConnectBuilder::host()`.
    pub enum host {}
    /// The argument `port` of `connect`, set by `ConnectBuilder::port()`.
    pub enum port {}
    /// The function `connect`, called by `ConnectBuilder`.
    pub enum connect {}
}
/// Starts a call of `connect`: call a setter per argument, then `.call()`.
#[inline(always)]
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
fn connect<'host>() -> ConnectBuilder<'host> {
    ConnectBuilder {
        __vouch_state: (
            ::vouch::__private::builder::Stored::Empty,
            ::vouch::__private::core::option::Option::None,
        ),
        __vouch_type: ::vouch::__private::core::marker::PhantomData,
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
impl<'host, S: connect_builder::State> ConnectBuilder<'host, S> {
    /// Sets `host`.
    #[inline(always)]
    fn host(
        mut self,
        value: &'host str,
    ) -> ConnectBuilder<'host, connect_builder::SetHost<S>>
    where
        S::Host: ::vouch::__private::builder::ArgNotSet<
            connect_builder::host,
            connect_builder::host,
            connect_builder::connect,
        >,
    {
        self.__vouch_state.0 = ::vouch::__private::builder::Stored::Value(value);
        ConnectBuilder {
            __vouch_state: self.__vouch_state,
            __vouch_type: ::vouch::__private::core::marker::PhantomData,
        }
    }
    /// Sets `port`.
    #[inline(always)]
    fn port(mut self, value: u16) -> ConnectBuilder<'host, connect_builder::SetPort<S>>
    where
        S::Port: ::vouch::__private::builder::OptionArgNotSet<
            connect_builder::port,
            connect_builder::port,
            connect_builder::connect,
        >,
    {
        self.__vouch_state.1 = ::vouch::__private::core::option::Option::Some(value);
        ConnectBuilder {
            __vouch_state: self.__vouch_state,
            __vouch_type: ::vouch::__private::core::marker::PhantomData,
        }
    }
    /// Sets `port` to `Some(value)` or `None`, as given: `.port(value)` with an `Option`.
    #[inline(always)]
    fn maybe_port(
        mut self,
        value: ::vouch::__private::core::option::Option<u16>,
    ) -> ConnectBuilder<'host, connect_builder::SetPort<S>>
    where
        S::Port: ::vouch::__private::builder::OptionArgNotSet<
            connect_builder::port,
            connect_builder::port,
            connect_builder::connect,
        >,
    {
        self.__vouch_state.1 = value;
        ConnectBuilder {
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
impl<'host, S: connect_builder::State> ConnectBuilder<'host, S> {
    /// Calls `connect` with the arguments set. Exists once every required argument is set.
    #[inline(always)]
    fn call(self) -> String
    where
        S::Host: ::vouch::__private::builder::RequiredArg<
            connect_builder::host,
            connect_builder::host,
            connect_builder::connect,
        >,
    {
        let host: &'host str = ::vouch::__private::builder::take(self.__vouch_state.0);
        let port: u16 = match self.__vouch_state.1 {
            ::vouch::__private::core::option::Option::Some(__vouch_value) => {
                __vouch_value
            }
            ::vouch::__private::core::option::Option::None => 80,
        };
        __orig_connect(host, port)
    }
}
struct Counter(u32);
impl Counter {
    #[doc(hidden)]
    #[allow(clippy::single_call_fn)]
    fn __orig_add(&mut self, amount: u32, scale: Option<u32>) {
        self.0 += amount * scale.unwrap_or(1);
    }
}
/** Calls `add`: start with `add()`, call a setter per argument, finish with `.call()`.

 `S` is the builder's state, which arguments are set: see `counter_add_builder::State`.*/
#[must_use = "a builder does nothing until `.call()` is called"]
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
struct CounterAddBuilder<
    'receiver,
    S: counter_add_builder::State = counter_add_builder::Empty,
>
where
    Counter: 'receiver,
{
    __vouch_state: (::vouch::__private::core::option::Option<u32>,),
    self_receiver: &'receiver mut Counter,
    amount: u32,
    __vouch_type: ::vouch::__private::core::marker::PhantomData<
        (fn() -> (&'receiver (),), fn() -> S),
    >,
}
/** The state of `CounterAddBuilder`: `State` says which arguments are set, one associated type per argument (`Set` or `Unset`), so methods of your own can take and return the builder in any state (`impl<S: State> CounterAddBuilder<S>`, `where S::Member: IsUnset`, `CounterAddBuilder<SetMember<S>>`, `S: IsComplete`).

 It also names each argument and setter of `CounterAddBuilder` by a type, as the bounds of its methods and its compile errors name them. A bound `S::Scale: RequiredArg<scale, ..>` reads "the argument `scale` is set". They are names, never values.*/
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
mod counter_add_builder {
    pub use ::vouch::builder::{IsSet, IsUnset};
    mod State_is_sealed {
        pub trait Sealed {}
    }
    /// The state of a `CounterAddBuilder`: for each argument with a setter, whether it is set (`Set`) or not (`Unset`). Implemented by `Empty`, the first state, and by `Set<Member><S>`, the state `S` with one more argument set.
    pub trait State: State_is_sealed::Sealed {
        /// The state of the argument `scale`: `Set` or `Unset`.
        type Scale;
    }
    /// The state of a new builder: no member set.
    pub enum Empty {}
    impl State_is_sealed::Sealed for Empty {}
    #[automatically_derived]
    impl State for Empty {
        type Scale = ::vouch::builder::Unset<scale>;
    }
    /// The state `S` with the argument `scale` set: what its setter returns, `CounterAddBuilder<SetScale<S>>`. `SetScale` alone is the state after that one setter.
    pub struct SetScale<S = Empty>(
        ::vouch::__private::core::marker::PhantomData<fn() -> S>,
    );
    impl<S> State_is_sealed::Sealed for SetScale<S> {}
    #[automatically_derived]
    impl<S: State> State for SetScale<S> {
        type Scale = ::vouch::builder::Set<scale>;
    }
    /// A state in which every required argument of `CounterAddBuilder` is set, so its finishing method can be called: `impl<S: IsComplete> CounterAddBuilder<S>`.
    pub trait IsComplete: State {}
    #[automatically_derived]
    impl<S: State> IsComplete for S {}
    /// The argument `scale` of `add`, set by `CounterAddBuilder::scale()`.
    pub enum scale {}
    /// The function `add`, called by `CounterAddBuilder`.
    pub enum add {}
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
impl Counter {
    /// Starts a call of `add`: call a setter per argument, then `.call()`.
    #[inline(always)]
    fn add<'receiver>(
        self: &'receiver mut Counter,
        amount: u32,
    ) -> CounterAddBuilder<'receiver>
    where
        Counter: 'receiver,
    {
        CounterAddBuilder {
            __vouch_state: (::vouch::__private::core::option::Option::None,),
            self_receiver: self,
            amount: amount,
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
impl<'receiver, S: counter_add_builder::State> CounterAddBuilder<'receiver, S>
where
    Counter: 'receiver,
{
    /// Sets `scale`.
    #[inline(always)]
    fn scale(
        mut self,
        value: u32,
    ) -> CounterAddBuilder<'receiver, counter_add_builder::SetScale<S>>
    where
        S::Scale: ::vouch::__private::builder::OptionArgNotSet<
            counter_add_builder::scale,
            counter_add_builder::scale,
            counter_add_builder::add,
        >,
    {
        self.__vouch_state.0 = ::vouch::__private::core::option::Option::Some(value);
        CounterAddBuilder {
            __vouch_state: self.__vouch_state,
            self_receiver: self.self_receiver,
            amount: self.amount,
            __vouch_type: ::vouch::__private::core::marker::PhantomData,
        }
    }
    /// Sets `scale` to `Some(value)` or `None`, as given: `.scale(value)` with an `Option`.
    #[inline(always)]
    fn maybe_scale(
        mut self,
        value: ::vouch::__private::core::option::Option<u32>,
    ) -> CounterAddBuilder<'receiver, counter_add_builder::SetScale<S>>
    where
        S::Scale: ::vouch::__private::builder::OptionArgNotSet<
            counter_add_builder::scale,
            counter_add_builder::scale,
            counter_add_builder::add,
        >,
    {
        self.__vouch_state.0 = value;
        CounterAddBuilder {
            __vouch_state: self.__vouch_state,
            self_receiver: self.self_receiver,
            amount: self.amount,
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
impl<'receiver, S: counter_add_builder::State> CounterAddBuilder<'receiver, S>
where
    Counter: 'receiver,
{
    /// Calls `add` with the arguments set. Exists once every required argument is set.
    #[inline(always)]
    fn call(self) {
        let __vouch_field0: u32 = self.amount;
        let __vouch_field1: Option<u32> = <Option<
            u32,
        > as ::vouch::__private::builder::CoreOption<
            u32,
        >>::from_core(self.__vouch_state.0);
        <Counter>::__orig_add(self.self_receiver, __vouch_field0, __vouch_field1)
    }
}
