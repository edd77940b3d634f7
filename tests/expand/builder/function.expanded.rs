/** Calls `greet` with named arguments: start with `greet()`, call a setter per argument, finish with `.call()`.

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
#[allow(missing_debug_implementations, missing_copy_implementations, deprecated)]
pub struct GreetBuilder<
    'name,
    State = (::vouch::__private::builder::Unset, ::vouch::__private::builder::Unset),
> {
    __vouch_state: State,
    __vouch_type: ::vouch::__private::core::marker::PhantomData<
        fn() -> (&'name str, Option<u8>, &'name ()),
    >,
}
/// The names of the arguments and setters of `GreetBuilder`, as the bounds of its methods and its compile errors name them: `Name: RequiredArg<name, ..>` reads "the slot `Name` holds the argument `name`". They are names, never values.
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
#[allow(unreachable_pub, missing_debug_implementations, missing_copy_implementations)]
pub mod greet_builder {
    /// The argument `name` of `greet`, set by `GreetBuilder::name()`.
    pub enum name {}
    /// The argument `times` of `greet`, set by `GreetBuilder::times()`.
    pub enum times {}
    /// The function `greet`, called by `GreetBuilder`.
    pub enum greet {}
}
/// Says hello.
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
pub fn greet<'name>() -> GreetBuilder<'name> {
    GreetBuilder {
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
impl<'name, Name, Times> GreetBuilder<'name, (Name, Times)> {
    /// Sets `name`.
    #[inline(always)]
    pub fn name(
        self,
        value: &'name str,
    ) -> GreetBuilder<'name, (::vouch::__private::builder::Set<&'name str>, Times)>
    where
        Name: ::vouch::__private::builder::ArgNotSet<
            greet_builder::name,
            greet_builder::name,
            greet_builder::greet,
        >,
    {
        let (_, __vouch_slot1) = self.__vouch_state;
        GreetBuilder {
            __vouch_state: (::vouch::__private::builder::set(value), __vouch_slot1),
            __vouch_type: ::vouch::__private::core::marker::PhantomData,
        }
    }
    /// Sets `times`.
    #[inline(always)]
    pub fn times(
        self,
        value: u8,
    ) -> GreetBuilder<
        'name,
        (
            Name,
            ::vouch::__private::builder::Set<
                ::vouch::__private::core::option::Option<u8>,
            >,
        ),
    >
    where
        Times: ::vouch::__private::builder::OptionArgNotSet<
            greet_builder::times,
            greet_builder::times,
            greet_builder::greet,
        >,
    {
        let (__vouch_slot0, _) = self.__vouch_state;
        GreetBuilder {
            __vouch_state: (
                __vouch_slot0,
                ::vouch::__private::builder::set(
                    ::vouch::__private::core::option::Option::Some(value),
                ),
            ),
            __vouch_type: ::vouch::__private::core::marker::PhantomData,
        }
    }
    /// Sets `times` to `Some(value)` or `None`, as given: `.times(value)` with an `Option`.
    #[inline(always)]
    pub fn maybe_times(
        self,
        value: ::vouch::__private::core::option::Option<u8>,
    ) -> GreetBuilder<
        'name,
        (
            Name,
            ::vouch::__private::builder::Set<
                ::vouch::__private::core::option::Option<u8>,
            >,
        ),
    >
    where
        Times: ::vouch::__private::builder::OptionArgNotSet<
            greet_builder::times,
            greet_builder::times,
            greet_builder::greet,
        >,
    {
        let (__vouch_slot0, _) = self.__vouch_state;
        GreetBuilder {
            __vouch_state: (__vouch_slot0, ::vouch::__private::builder::set(value)),
            __vouch_type: ::vouch::__private::core::marker::PhantomData,
        }
    }
}
#[automatically_derived]
impl<'name, Name, Times> GreetBuilder<'name, (Name, Times)> {
    /// Calls `greet` with the arguments set. Exists once every required argument is set.
    pub fn call(self) -> String
    where
        Name: ::vouch::__private::builder::RequiredArg<
            greet_builder::name,
            greet_builder::name,
            greet_builder::greet,
            &'name str,
        >,
        Times: ::vouch::__private::builder::Optional<
            ::vouch::__private::core::option::Option<u8>,
        >,
    {
        let (__vouch_slot0, __vouch_slot1) = self.__vouch_state;
        let name: &'name str = <Name as ::vouch::__private::builder::RequiredArg<
            greet_builder::name,
            greet_builder::name,
            greet_builder::greet,
            &'name str,
        >>::take(__vouch_slot0);
        let times: Option<u8> = <Option<
            u8,
        > as ::vouch::__private::builder::CoreOption<
            u8,
        >>::from_core(
            match <Times as ::vouch::__private::builder::Optional<
                ::vouch::__private::core::option::Option<u8>,
            >>::into_option(__vouch_slot1) {
                ::vouch::__private::core::option::Option::Some(__vouch_value) => {
                    __vouch_value
                }
                ::vouch::__private::core::option::Option::None => {
                    ::vouch::__private::core::option::Option::None
                }
            },
        );
        name.repeat(usize::from(times.unwrap_or(1)))
    }
}
