//! What a pod derive emits when it refuses the item: its errors, and
//! stand-in impls that keep them the only errors.
//!
//! # Why stand-ins
//! A derive that finds a mistake (a missing `repr`, a struct where an enum
//! is needed, ...) reports it. If it emitted nothing else, every use of the
//! trait (`bytes_of(&value)`, a field of another derived type, a
//! `T: NoUninit` bound) would add an error of its own, "the trait `NoUninit`
//! is not implemented", far from the mistake: one forgotten `repr` could
//! give a dozen errors. So the derive hands its errors to
//! [`pod_refused!`](crate::pod_refused), which emits each of them as a
//! `compile_error!` and, next to them, the impls the derive would have
//! written, without a proof.
//!
//! An impl without a proof is harmless here because the crate cannot
//! compile: the macro emits at least one `compile_error!` with every impl,
//! whatever tokens it is given (it is `#[macro_export]`, so anyone can call
//! it). It never emits an impl alone.

/// Emits the errors of a pod derive that refused its item, and stand-in
/// impls of the traits it would have implemented; see the module docs. Not
/// API: the derives call it.
///
/// Input: `[impl generics] [type] [where predicates] [traits] { errors }`,
/// each error `vouch! { "message" }` spanned where the mistake is.
#[doc(hidden)]
#[macro_export]
macro_rules! pod_refused {
    // Every arm is an entry point (anyone may call any of them): each
    // emits at most one stand-in and passes the errors on, and only the
    // last, with no trait left, emits them. So every expansion ends in the
    // errors, or in a failure to match, which is an error too.
    ([$($impl:tt)*] [$($ty:tt)*] [$($where:tt)*] []
        { $($name:tt ! $message:tt)+ }
    ) => {
        // Each `$name!` is the macro defined right before it, which expands
        // to a `compile_error!` and nothing else (or fails to expand, an
        // error too). The errors are `tt`s the derive spanned at the
        // mistake, so rustc reports each where the user looks (with a note
        // that it comes from the macro `$name`, which the derives call
        // `vouch`).
        $(const _: () = {
            macro_rules! $name {
                ($text:literal) => { $crate::__private::core::compile_error!{ $text } };
            }
            $name! $message
        };)+
    };
    ([$($impl:tt)*] [$($ty:tt)*] [$($where:tt)*] [CheckedBitPattern [$bits:ident] $($rest:tt)*]
        { $($errors:tt)+ }
    ) => {
        const _: () = {
            // The stand-in `Bits`: the layout of `S`, so a derived type with
            // a field of the refused type still finds its layout.
            #[derive($crate::__private::core::clone::Clone, $crate::__private::core::marker::Copy)]
            #[repr(transparent)]
            #[allow(dead_code, non_camel_case_types)]
            pub struct $bits<S: $crate::__private::core::marker::Copy>(
                $crate::__private::core::mem::MaybeUninit<S>,
            );
            // SAFETY (of every stand-in): the errors passed on below are
            // emitted by the same expansion, and the crate does not compile.
            unsafe impl<S: $crate::__private::core::marker::Copy + 'static>
                $crate::__private::pod::Zeroable for $bits<S> {}
            // SAFETY: as above.
            unsafe impl<S: $crate::__private::core::marker::Copy + 'static>
                $crate::__private::pod::AnyBitPattern for $bits<S> {}
            // SAFETY: as above.
            #[automatically_derived]
            #[allow(deprecated)]
            unsafe impl<$($impl)*> $crate::__private::pod::CheckedBitPattern for $($ty)*
            where
                $($where)*
                Self: 'static,
            {
                type Bits = $bits<Self>;
                fn is_valid_bit_pattern(_: &Self::Bits) -> $crate::__private::core::primitive::bool {
                    false
                }
            }
        };
        $crate::pod_refused!([$($impl)*] [$($ty)*] [$($where)*] [$($rest)*] { $($errors)+ });
    };
    ([$($impl:tt)*] [$($ty:tt)*] [$($where:tt)*] [Contiguous [$int:ty] $($rest:tt)*]
        { $($errors:tt)+ }
    ) => {
        // SAFETY: as above.
        #[automatically_derived]
        #[allow(deprecated)]
        unsafe impl<$($impl)*> $crate::__private::pod::Contiguous for $($ty)*
        where
            $($where)*
            Self: 'static,
        {
            type Int = $int;
            const MIN_VALUE: $int = 0;
            const MAX_VALUE: $int = 0;
        }
        $crate::pod_refused!([$($impl)*] [$($ty)*] [$($where)*] [$($rest)*] { $($errors)+ });
    };
    ([$($impl:tt)*] [$($ty:tt)*] [$($where:tt)*] [TransparentWrapper [$inner:ty] $($rest:tt)*]
        { $($errors:tt)+ }
    ) => {
        // SAFETY: as above.
        #[automatically_derived]
        #[allow(deprecated)]
        unsafe impl<$($impl)*> $crate::__private::pod::TransparentWrapper<$inner> for $($ty)*
        where
            $($where)*
        {
        }
        $crate::pod_refused!([$($impl)*] [$($ty)*] [$($where)*] [$($rest)*] { $($errors)+ });
    };
    ([$($impl:tt)*] [$($ty:tt)*] [$($where:tt)*] [Zeroable $($rest:tt)*] { $($errors:tt)+ }) => {
        // SAFETY: as above.
        #[automatically_derived]
        #[allow(deprecated)]
        unsafe impl<$($impl)*> $crate::__private::pod::Zeroable for $($ty)* where $($where)* {}
        $crate::pod_refused!([$($impl)*] [$($ty)*] [$($where)*] [$($rest)*] { $($errors)+ });
    };
    ([$($impl:tt)*] [$($ty:tt)*] [$($where:tt)*] [Pod $($rest:tt)*] { $($errors:tt)+ }) => {
        // SAFETY: as above.
        #[automatically_derived]
        #[allow(deprecated)]
        unsafe impl<$($impl)*> $crate::__private::pod::Pod for $($ty)*
        where
            $($where)*
            Self: 'static,
        {
        }
        $crate::pod_refused!([$($impl)*] [$($ty)*] [$($where)*] [$($rest)*] { $($errors)+ });
    };
    ([$($impl:tt)*] [$($ty:tt)*] [$($where:tt)*] [AnyBitPattern $($rest:tt)*] { $($errors:tt)+ }) => {
        // SAFETY: as above.
        #[automatically_derived]
        #[allow(deprecated)]
        unsafe impl<$($impl)*> $crate::__private::pod::AnyBitPattern for $($ty)*
        where
            $($where)*
            Self: 'static,
        {
        }
        $crate::pod_refused!([$($impl)*] [$($ty)*] [$($where)*] [$($rest)*] { $($errors)+ });
    };
    ([$($impl:tt)*] [$($ty:tt)*] [$($where:tt)*] [NoUninit $($rest:tt)*] { $($errors:tt)+ }) => {
        // SAFETY: as above.
        #[automatically_derived]
        #[allow(deprecated)]
        unsafe impl<$($impl)*> $crate::__private::pod::NoUninit for $($ty)*
        where
            $($where)*
            Self: 'static,
        {
        }
        $crate::pod_refused!([$($impl)*] [$($ty)*] [$($where)*] [$($rest)*] { $($errors)+ });
    };
}
