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
)]
#[allow(clippy::suspicious)]
#[allow(
    missing_debug_implementations,
    missing_copy_implementations,
    deprecated,
    explicit_outlives_requirements,
)]
struct ConnectBuilder<
    'f1,
    State = (::vouch::__private::builder::Unset, ::vouch::__private::builder::Unset),
> {
    __vouch_state: State,
    __vouch_type: ::vouch::__private::core::marker::PhantomData<fn() -> (&'f1 (),)>,
}
/// The names of the fields and setters of `ConnectBuilder`, as the bounds of its methods and its compile errors name them: `Host: Required<host, ..>` reads "the slot `Host` holds the field `host`". They are names, never values.
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
#[allow(clippy::suspicious)]
#[allow(unreachable_pub, missing_debug_implementations, missing_copy_implementations)]
mod connect_builder {
    /// The function `connect`, which `ConnectBuilder` calls.
    pub enum connect {}
    /// The field `host` of `connect`, set by `ConnectBuilder::host()`.
    pub enum host {}
    /// The field `port` of `connect`, set by `ConnectBuilder::port()`.
    pub enum port {}
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
)]
#[allow(clippy::suspicious)]
fn connect<'f1>() -> ConnectBuilder<'f1> {
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
)]
#[allow(clippy::suspicious)]
impl<'f1, Host, Port> ConnectBuilder<'f1, (Host, Port)> {
    /// Sets `host`.
    #[inline(always)]
    fn host(
        self,
        value: &'f1 str,
    ) -> ConnectBuilder<'f1, (::vouch::__private::builder::Set<&'f1 str>, Port)>
    where
        Host: ::vouch::__private::builder::NotSet<
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
        'f1,
        (
            Host,
            ::vouch::__private::builder::Set<
                ::vouch::__private::core::option::Option<u16>,
            >,
        ),
    >
    where
        Port: ::vouch::__private::builder::OptionNotSet<
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
        'f1,
        (
            Host,
            ::vouch::__private::builder::Set<
                ::vouch::__private::core::option::Option<u16>,
            >,
        ),
    >
    where
        Port: ::vouch::__private::builder::OptionNotSet<
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
)]
#[allow(clippy::suspicious)]
impl<'f1, Host, Port> ConnectBuilder<'f1, (Host, Port)> {
    /// Calls `connect` with the arguments set. Exists once every required argument is set.
    #[inline(always)]
    fn call(self) -> String
    where
        Host: ::vouch::__private::builder::Required<
            connect_builder::host,
            connect_builder::host,
            connect_builder::connect,
            &'f1 str,
        >,
        Port: ::vouch::__private::builder::Optional<
            ::vouch::__private::core::option::Option<u16>,
        >,
    {
        let (__vouch_slot0, __vouch_slot1) = self.__vouch_state;
        let host: &'f1 str = <Host as ::vouch::__private::builder::Required<
            connect_builder::host,
            connect_builder::host,
            connect_builder::connect,
            &'f1 str,
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
)]
#[allow(clippy::suspicious)]
#[allow(
    missing_debug_implementations,
    missing_copy_implementations,
    deprecated,
    explicit_outlives_requirements,
)]
struct CounterAddBuilder<'f1, State = (::vouch::__private::builder::Unset,)> {
    __vouch_state: State,
    __vouch_args: (&'f1 mut Counter, u32),
    __vouch_type: ::vouch::__private::core::marker::PhantomData<fn() -> (&'f1 (),)>,
}
/// The names of the fields and setters of `CounterAddBuilder`, as the bounds of its methods and its compile errors name them: `Scale: Required<scale, ..>` reads "the slot `Scale` holds the field `scale`". They are names, never values.
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
#[allow(clippy::suspicious)]
#[allow(unreachable_pub, missing_debug_implementations, missing_copy_implementations)]
mod counter_add_builder {
    /// The function `add`, which `CounterAddBuilder` calls.
    pub enum add {}
    /// The field `scale` of `add`, set by `CounterAddBuilder::scale()`.
    pub enum scale {}
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
)]
#[allow(clippy::suspicious)]
impl Counter {
    /// Starts a call of `add`: call a setter per argument, then `.call()`.
    #[inline(always)]
    fn add<'f1>(self: &'f1 mut Counter, amount: u32) -> CounterAddBuilder<'f1> {
        CounterAddBuilder {
            __vouch_state: (::vouch::__private::builder::Unset,),
            __vouch_args: (self, amount),
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
)]
#[allow(clippy::suspicious)]
impl<'f1, Scale> CounterAddBuilder<'f1, (Scale,)> {
    /// Sets `scale`.
    #[inline(always)]
    fn scale(
        self,
        value: u32,
    ) -> CounterAddBuilder<
        'f1,
        (
            ::vouch::__private::builder::Set<
                ::vouch::__private::core::option::Option<u32>,
            >,
        ),
    >
    where
        Scale: ::vouch::__private::builder::OptionNotSet<
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
            __vouch_args: self.__vouch_args,
            __vouch_type: ::vouch::__private::core::marker::PhantomData,
        }
    }
    /// Sets `scale` to `Some(value)` or `None`, as given: `.scale(value)` with an `Option`.
    #[inline(always)]
    fn maybe_scale(
        self,
        value: ::vouch::__private::core::option::Option<u32>,
    ) -> CounterAddBuilder<
        'f1,
        (
            ::vouch::__private::builder::Set<
                ::vouch::__private::core::option::Option<u32>,
            >,
        ),
    >
    where
        Scale: ::vouch::__private::builder::OptionNotSet<
            counter_add_builder::scale,
            counter_add_builder::scale,
            counter_add_builder::add,
        >,
    {
        let (_,) = self.__vouch_state;
        CounterAddBuilder {
            __vouch_state: (::vouch::__private::builder::set(value),),
            __vouch_args: self.__vouch_args,
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
)]
#[allow(clippy::suspicious)]
impl<'f1, Scale> CounterAddBuilder<'f1, (Scale,)> {
    /// Calls `add` with the arguments set. Exists once every required argument is set.
    #[inline(always)]
    fn call(self)
    where
        Scale: ::vouch::__private::builder::Optional<
            ::vouch::__private::core::option::Option<u32>,
        >,
    {
        let (__vouch_slot0,) = self.__vouch_state;
        let __vouch_field0: u32 = self.__vouch_args.1;
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
        <Counter>::__orig_add(self.__vouch_args.0, __vouch_field0, __vouch_field1)
    }
}
