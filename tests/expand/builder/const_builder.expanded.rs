#[builder(const)]
struct Limits {
    #[builder(start_fn)]
    base: u32,
    #[builder(getter)]
    max: u32,
    burst: Option<u32>,
    #[builder(default = base+1)]
    min: u32,
    #[builder(with = |text:u32|->Result<_, ()>{Ok(text*2)})]
    step: u32,
}
/** Builds a `Limits`: start with `Limits::builder()`, call a setter per field, finish with `.build()`.

 `S` is the builder's state, which fields are set: see `limits_builder::State`.*/
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
struct LimitsBuilder<S: limits_builder::State = limits_builder::Empty> {
    __vouch_state: (
        ::vouch::__private::builder::Stored<u32>,
        ::vouch::__private::core::option::Option<u32>,
        ::vouch::__private::core::option::Option<u32>,
        ::vouch::__private::builder::Stored<u32>,
    ),
    base: u32,
    __vouch_type: ::vouch::__private::core::marker::PhantomData<
        (fn() -> Limits, fn() -> S),
    >,
}
/** The state of `LimitsBuilder`: `State` says which fields are set, one associated type per field (`Set` or `Unset`), so methods of your own can take and return the builder in any state (`impl<S: State> LimitsBuilder<S>`, `where S::Member: IsUnset`, `LimitsBuilder<SetMember<S>>`, `S: IsComplete`).

 It also names each field and setter of `LimitsBuilder` by a type, as the bounds of its methods and its compile errors name them. A bound `S::Max: Required<max, ..>` reads "the field `max` is set". They are names, never values.*/
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
mod limits_builder {
    pub use ::vouch::builder::{IsSet, IsUnset};
    mod State_is_sealed {
        pub trait Sealed {}
    }
    /// The state of a `LimitsBuilder`: for each field with a setter, whether it is set (`Set`) or not (`Unset`). Implemented by `Empty`, the first state, and by `Set<Member><S>`, the state `S` with one more field set.
    pub trait State: State_is_sealed::Sealed {
        /// The state of the field `max`: `Set` or `Unset`.
        type Max;
        /// The state of the field `burst`: `Set` or `Unset`.
        type Burst;
        /// The state of the field `min`: `Set` or `Unset`.
        type Min;
        /// The state of the field `step`: `Set` or `Unset`.
        type Step;
    }
    /// The state of a new builder: no member set.
    pub enum Empty {}
    impl State_is_sealed::Sealed for Empty {}
    #[automatically_derived]
    impl State for Empty {
        type Max = ::vouch::builder::Unset<max>;
        type Burst = ::vouch::builder::Unset<burst>;
        type Min = ::vouch::builder::Unset<min>;
        type Step = ::vouch::builder::Unset<step>;
    }
    /// The state `S` with the field `max` set: what its setter returns, `LimitsBuilder<SetMax<S>>`. `SetMax` alone is the state after that one setter.
    pub struct SetMax<S = Empty>(
        ::vouch::__private::core::marker::PhantomData<fn() -> S>,
    );
    impl<S> State_is_sealed::Sealed for SetMax<S> {}
    #[automatically_derived]
    impl<S: State> State for SetMax<S> {
        type Max = ::vouch::builder::Set<max>;
        type Burst = S::Burst;
        type Min = S::Min;
        type Step = S::Step;
    }
    /// The state `S` with the field `burst` set: what its setter returns, `LimitsBuilder<SetBurst<S>>`. `SetBurst` alone is the state after that one setter.
    pub struct SetBurst<S = Empty>(
        ::vouch::__private::core::marker::PhantomData<fn() -> S>,
    );
    impl<S> State_is_sealed::Sealed for SetBurst<S> {}
    #[automatically_derived]
    impl<S: State> State for SetBurst<S> {
        type Max = S::Max;
        type Burst = ::vouch::builder::Set<burst>;
        type Min = S::Min;
        type Step = S::Step;
    }
    /// The state `S` with the field `min` set: what its setter returns, `LimitsBuilder<SetMin<S>>`. `SetMin` alone is the state after that one setter.
    pub struct SetMin<S = Empty>(
        ::vouch::__private::core::marker::PhantomData<fn() -> S>,
    );
    impl<S> State_is_sealed::Sealed for SetMin<S> {}
    #[automatically_derived]
    impl<S: State> State for SetMin<S> {
        type Max = S::Max;
        type Burst = S::Burst;
        type Min = ::vouch::builder::Set<min>;
        type Step = S::Step;
    }
    /// The state `S` with the field `step` set: what its setter returns, `LimitsBuilder<SetStep<S>>`. `SetStep` alone is the state after that one setter.
    pub struct SetStep<S = Empty>(
        ::vouch::__private::core::marker::PhantomData<fn() -> S>,
    );
    impl<S> State_is_sealed::Sealed for SetStep<S> {}
    #[automatically_derived]
    impl<S: State> State for SetStep<S> {
        type Max = S::Max;
        type Burst = S::Burst;
        type Min = S::Min;
        type Step = ::vouch::builder::Set<step>;
    }
    /// A state in which every required field of `LimitsBuilder` is set, so its finishing method can be called: `impl<S: IsComplete> LimitsBuilder<S>`.
    pub trait IsComplete: State<Max: IsSet, Step: IsSet> {}
    #[automatically_derived]
    impl<S: State<Max: IsSet, Step: IsSet>> IsComplete for S {}
    /// The field `max` of `Limits`, set by `LimitsBuilder::max()`.
    pub enum max {}
    /// The field `burst` of `Limits`, set by `LimitsBuilder::burst()`.
    pub enum burst {}
    /// The field `min` of `Limits`, set by `LimitsBuilder::min()`.
    pub enum min {}
    /// The field `step` of `Limits`, set by `LimitsBuilder::step()`.
    pub enum step {}
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
impl Limits {
    /// Starts a builder of `Limits`: call a setter per field, then `.build()`.
    #[inline(always)]
    const fn builder(base: u32) -> LimitsBuilder {
        LimitsBuilder {
            __vouch_state: (
                ::vouch::__private::builder::Stored::Empty,
                ::vouch::__private::core::option::Option::None,
                ::vouch::__private::core::option::Option::None,
                ::vouch::__private::builder::Stored::Empty,
            ),
            base: base,
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
impl<S: limits_builder::State> LimitsBuilder<S> {
    /// Sets `max`.
    #[inline(always)]
    const fn max(mut self, value: u32) -> LimitsBuilder<limits_builder::SetMax<S>>
    where
        S::Max: ::vouch::__private::builder::NotSet<
            limits_builder::max,
            limits_builder::max,
            Limits,
        >,
    {
        ::vouch::__private::builder::put(
            &mut self.__vouch_state.0,
            ::vouch::__private::builder::Stored::Value(value),
        );
        LimitsBuilder {
            __vouch_state: self.__vouch_state,
            base: self.base,
            __vouch_type: ::vouch::__private::core::marker::PhantomData,
        }
    }
    /// Reads `max`, once it is set.
    #[inline(always)]
    #[must_use = "a getter does nothing but return the value; use it or remove the call"]
    const fn get_max(&self) -> &u32
    where
        S::Max: ::vouch::__private::builder::Get<limits_builder::max, Limits>,
    {
        let value: &u32 = ::vouch::__private::builder::get(&self.__vouch_state.0);
        value
    }
    /// Sets `burst`.
    #[inline(always)]
    const fn burst(mut self, value: u32) -> LimitsBuilder<limits_builder::SetBurst<S>>
    where
        S::Burst: ::vouch::__private::builder::OptionNotSet<
            limits_builder::burst,
            limits_builder::burst,
            Limits,
        >,
    {
        ::vouch::__private::builder::put(
            &mut self.__vouch_state.1,
            ::vouch::__private::core::option::Option::Some(value),
        );
        LimitsBuilder {
            __vouch_state: self.__vouch_state,
            base: self.base,
            __vouch_type: ::vouch::__private::core::marker::PhantomData,
        }
    }
    /// Sets `burst` to `Some(value)` or `None`, as given: `.burst(value)` with an `Option`.
    #[inline(always)]
    const fn maybe_burst(
        mut self,
        value: ::vouch::__private::core::option::Option<u32>,
    ) -> LimitsBuilder<limits_builder::SetBurst<S>>
    where
        S::Burst: ::vouch::__private::builder::OptionNotSet<
            limits_builder::burst,
            limits_builder::burst,
            Limits,
        >,
    {
        ::vouch::__private::builder::put(&mut self.__vouch_state.1, value);
        LimitsBuilder {
            __vouch_state: self.__vouch_state,
            base: self.base,
            __vouch_type: ::vouch::__private::core::marker::PhantomData,
        }
    }
    /// Sets `min`.
    #[inline(always)]
    const fn min(mut self, value: u32) -> LimitsBuilder<limits_builder::SetMin<S>>
    where
        S::Min: ::vouch::__private::builder::OptionNotSet<
            limits_builder::min,
            limits_builder::min,
            Limits,
        >,
    {
        ::vouch::__private::builder::put(
            &mut self.__vouch_state.2,
            ::vouch::__private::core::option::Option::Some(value),
        );
        LimitsBuilder {
            __vouch_state: self.__vouch_state,
            base: self.base,
            __vouch_type: ::vouch::__private::core::marker::PhantomData,
        }
    }
    /// Sets `min` to `Some(value)` or `None`, as given: `.min(value)` with an `Option`.
    #[inline(always)]
    const fn maybe_min(
        mut self,
        value: ::vouch::__private::core::option::Option<u32>,
    ) -> LimitsBuilder<limits_builder::SetMin<S>>
    where
        S::Min: ::vouch::__private::builder::OptionNotSet<
            limits_builder::min,
            limits_builder::min,
            Limits,
        >,
    {
        ::vouch::__private::builder::put(&mut self.__vouch_state.2, value);
        LimitsBuilder {
            __vouch_state: self.__vouch_state,
            base: self.base,
            __vouch_type: ::vouch::__private::core::marker::PhantomData,
        }
    }
    /// Sets `step`.
    #[inline(always)]
    const fn step(
        mut self,
        text: u32,
    ) -> Result<LimitsBuilder<limits_builder::SetStep<S>>, ()>
    where
        S::Step: ::vouch::__private::builder::NotSet<
            limits_builder::step,
            limits_builder::step,
            Limits,
        >,
    {
        let made: u32 = {
            let result: Result<u32, ()> = { Ok(text * 2) };
            match result {
                ::vouch::__private::core::result::Result::Ok(made) => made,
                ::vouch::__private::core::result::Result::Err(error) => {
                    return ::vouch::__private::core::result::Result::Err(error);
                }
            }
        };
        ::vouch::__private::builder::put(
            &mut self.__vouch_state.3,
            ::vouch::__private::builder::Stored::Value(made),
        );
        ::vouch::__private::core::result::Result::Ok(LimitsBuilder {
            __vouch_state: self.__vouch_state,
            base: self.base,
            __vouch_type: ::vouch::__private::core::marker::PhantomData,
        })
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
impl<S: limits_builder::State> LimitsBuilder<S> {
    /// Builds the `Limits`. Exists once every required field is set.
    #[inline(always)]
    #[must_use]
    const fn build(self) -> Limits
    where
        S::Max: ::vouch::__private::builder::Required<
            limits_builder::max,
            limits_builder::max,
            Limits,
        >,
        S::Step: ::vouch::__private::builder::Required<
            limits_builder::step,
            limits_builder::step,
            Limits,
        >,
    {
        let base: u32 = self.base;
        let max: u32 = match self.__vouch_state.0 {
            ::vouch::__private::builder::Stored::Value(__vouch_value) => __vouch_value,
            ::vouch::__private::builder::Stored::Empty => {
                ::vouch::__private::builder::unset()
            }
        };
        let burst: Option<u32> = self.__vouch_state.1;
        let min: u32 = match self.__vouch_state.2 {
            ::vouch::__private::core::option::Option::Some(__vouch_value) => {
                __vouch_value
            }
            ::vouch::__private::core::option::Option::None => base + 1,
        };
        let step: u32 = match self.__vouch_state.3 {
            ::vouch::__private::builder::Stored::Value(__vouch_value) => __vouch_value,
            ::vouch::__private::builder::Stored::Empty => {
                ::vouch::__private::builder::unset()
            }
        };
        Limits {
            base: base,
            max: max,
            burst: burst,
            min: min,
            step: step,
        }
    }
}
