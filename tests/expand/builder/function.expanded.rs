#[doc(hidden)]
#[allow(clippy::single_call_fn)]
fn __orig_connect(host: &str, port: u16) -> String {
    ::alloc::__export::must_use({
        ::alloc::fmt::format(format_args!("{0}:{1}", host, port))
    })
}
/** Calls `connect`: start with `connect()`, call a setter per argument, finish with `.call()`.

 `State` is the builder's state: a tuple with one slot per argument that has a setter, `Unset` until the setter is called, then `Set<T>` holding the value.*/
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
struct ConnectBuilder<
    'host,
    State = (::vouch::__private::builder::Unset, ::vouch::__private::builder::Unset),
> {
    __vouch_state: State,
    __vouch_type: ::vouch::__private::core::marker::PhantomData<fn() -> (&'host (),)>,
}
/// The names of the arguments and setters of `ConnectBuilder`, as the bounds of its methods and its compile errors name them: `Host: RequiredArg<host, ..>` reads "the slot `Host` holds the argument `host`". They are names, never values.
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
mod connect_builder {
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
            ::vouch::__private::builder::Unset,
            ::vouch::__private::builder::Unset,
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
impl<'host, Host, Port> ConnectBuilder<'host, (Host, Port)> {
    /// Sets `host`.
    #[inline(always)]
    fn host(
        self,
        value: &'host str,
    ) -> ConnectBuilder<'host, (::vouch::__private::builder::Set<&'host str>, Port)>
    where
        Host: ::vouch::__private::builder::ArgNotSet<
            connect_builder::host,
            connect_builder::host,
            connect_builder::connect,
        >,
    {
        let (_, __vouch_slot1) = self.__vouch_state;
        ConnectBuilder {
            __vouch_state: (::vouch::__private::builder::set(value), __vouch_slot1),
            __vouch_type: ::vouch::__private::core::marker::PhantomData,
        }
    }
    /// Sets `port`.
    #[inline(always)]
    fn port(
        self,
        value: u16,
    ) -> ConnectBuilder<
        'host,
        (
            Host,
            ::vouch::__private::builder::Set<
                ::vouch::__private::core::option::Option<u16>,
            >,
        ),
    >
    where
        Port: ::vouch::__private::builder::OptionArgNotSet<
            connect_builder::port,
            connect_builder::port,
            connect_builder::connect,
        >,
    {
        let (__vouch_slot0, _) = self.__vouch_state;
        ConnectBuilder {
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
    ) -> ConnectBuilder<
        'host,
        (
            Host,
            ::vouch::__private::builder::Set<
                ::vouch::__private::core::option::Option<u16>,
            >,
        ),
    >
    where
        Port: ::vouch::__private::builder::OptionArgNotSet<
            connect_builder::port,
            connect_builder::port,
            connect_builder::connect,
        >,
    {
        let (__vouch_slot0, _) = self.__vouch_state;
        ConnectBuilder {
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
impl<'host, Host, Port> ConnectBuilder<'host, (Host, Port)> {
    /// Calls `connect` with the arguments set. Exists once every required argument is set.
    #[inline(always)]
    fn call(self) -> String
    where
        Host: ::vouch::__private::builder::RequiredArg<
            connect_builder::host,
            connect_builder::host,
            connect_builder::connect,
            &'host str,
        >,
        Port: ::vouch::__private::builder::Optional<
            ::vouch::__private::core::option::Option<u16>,
        >,
    {
        let (__vouch_slot0, __vouch_slot1) = self.__vouch_state;
        let host: &'host str = <Host as ::vouch::__private::builder::RequiredArg<
            connect_builder::host,
            connect_builder::host,
            connect_builder::connect,
            &'host str,
        >>::take(__vouch_slot0);
        let port: u16 = match ::vouch::__private::core::option::Option::flatten(
            <Port as ::vouch::__private::builder::Optional<
                ::vouch::__private::core::option::Option<u16>,
            >>::into_option(__vouch_slot1),
        ) {
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

 `State` is the builder's state: a tuple with one slot per argument that has a setter, `Unset` until the setter is called, then `Set<T>` holding the value.*/
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
struct CounterAddBuilder<'receiver, State = (::vouch::__private::builder::Unset,)>
where
    Counter: 'receiver,
{
    __vouch_state: State,
    self_receiver: &'receiver mut Counter,
    amount: u32,
    __vouch_type: ::vouch::__private::core::marker::PhantomData<
        fn() -> (&'receiver (),),
    >,
}
/// The names of the arguments and setters of `CounterAddBuilder`, as the bounds of its methods and its compile errors name them: `Scale: RequiredArg<scale, ..>` reads "the slot `Scale` holds the argument `scale`". They are names, never values.
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
mod counter_add_builder {
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
            __vouch_state: (::vouch::__private::builder::Unset,),
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
impl<'receiver, Scale> CounterAddBuilder<'receiver, (Scale,)>
where
    Counter: 'receiver,
{
    /// Sets `scale`.
    #[inline(always)]
    fn scale(
        self,
        value: u32,
    ) -> CounterAddBuilder<
        'receiver,
        (
            ::vouch::__private::builder::Set<
                ::vouch::__private::core::option::Option<u32>,
            >,
        ),
    >
    where
        Scale: ::vouch::__private::builder::OptionArgNotSet<
            counter_add_builder::scale,
            counter_add_builder::scale,
            counter_add_builder::add,
        >,
    {
        let (_,) = self.__vouch_state;
        CounterAddBuilder {
            __vouch_state: (
                ::vouch::__private::builder::set(
                    ::vouch::__private::core::option::Option::Some(value),
                ),
            ),
            self_receiver: self.self_receiver,
            amount: self.amount,
            __vouch_type: ::vouch::__private::core::marker::PhantomData,
        }
    }
    /// Sets `scale` to `Some(value)` or `None`, as given: `.scale(value)` with an `Option`.
    #[inline(always)]
    fn maybe_scale(
        self,
        value: ::vouch::__private::core::option::Option<u32>,
    ) -> CounterAddBuilder<
        'receiver,
        (
            ::vouch::__private::builder::Set<
                ::vouch::__private::core::option::Option<u32>,
            >,
        ),
    >
    where
        Scale: ::vouch::__private::builder::OptionArgNotSet<
            counter_add_builder::scale,
            counter_add_builder::scale,
            counter_add_builder::add,
        >,
    {
        let (_,) = self.__vouch_state;
        CounterAddBuilder {
            __vouch_state: (::vouch::__private::builder::set(value),),
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
impl<'receiver, Scale> CounterAddBuilder<'receiver, (Scale,)>
where
    Counter: 'receiver,
{
    /// Calls `add` with the arguments set. Exists once every required argument is set.
    #[inline(always)]
    fn call(self)
    where
        Scale: ::vouch::__private::builder::Optional<
            ::vouch::__private::core::option::Option<u32>,
        >,
    {
        let (__vouch_slot0,) = self.__vouch_state;
        let __vouch_field0: u32 = self.amount;
        let __vouch_field1: Option<u32> = <Option<
            u32,
        > as ::vouch::__private::builder::CoreOption<
            u32,
        >>::from_core(
            match <Scale as ::vouch::__private::builder::Optional<
                ::vouch::__private::core::option::Option<u32>,
            >>::into_option(__vouch_slot0) {
                ::vouch::__private::core::option::Option::Some(__vouch_value) => {
                    __vouch_value
                }
                ::vouch::__private::core::option::Option::None => {
                    ::vouch::__private::core::option::Option::None
                }
            },
        );
        <Counter>::__orig_add(self.self_receiver, __vouch_field0, __vouch_field1)
    }
}
