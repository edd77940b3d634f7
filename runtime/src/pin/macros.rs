//! The `unsafe` half of `#[pin_project]`, as `macro_rules!` of this crate.
//!
//! `#[vouch::pin_project]` emits no `unsafe` token. It emits the projection
//! types (plain safe structs) and one call of [`pin_projection!`], reached
//! as `<crate>::pin_projection!` (hidden from the docs; a path with no
//! `__` name, so rustc's notes "this error originates in the macro .."
//! read a name the user can place). That macro emits every `unsafe` piece
//! of a pin projection together with every check that piece relies on,
//! naming all it needs through `$crate`:
//!
//! - the projection methods, whose `Pin::new_unchecked` relies on
//! - the `Drop` guard (no `Drop` impl but the `PinnedDrop` glue it emits
//!   itself), the `repr(packed)` guard, the field-type guard, and the one
//!   `Unpin` impl (bounded through a projection coherence cannot see
//!   through);
//! - with `PinnedDrop`, the `Drop` glue and the `unsafe impl` of
//!   `PinnedDropArgument`.
//!
//! A `crate = ...` path or `extern crate self as vouch` that points
//! elsewhere must supply its own `pin_projection!`; to forge a projection,
//! that macro must contain `unsafe` in its author's own source. The macro
//! here may be called directly, under any name, with any tokens: every
//! check it emits is derived from the very tokens its `unsafe` code uses,
//! so no input can pair an `unsafe` projection with checks about something
//! else. Its helpers (the token checks) are rules of the same macro
//! (`@tokens`, `@in_place`, `@no_block`), so the crate exports one hidden
//! macro name and rustc's notes name no other. See the "Soundness" section
//! of `docs/readme/pin.md` (also in the README).

/// Not public API. Emits the `unsafe` part of a `#[pin_project]` item with
/// the guards that make it sound; see the module documentation.
///
/// ```text
/// pin_projection! {
///     lifetime: 'pin,
///     type: Name [T, U],                 // the type, with its generic arguments
///     generics: [T, U, const N: usize],  // bare parameters: no bounds, no defaults
///     where: [T: Bound + Other,],        // every bound; each predicate followed by `,`
///     unpin: Auto Witness [PhantomData<T>, PhantomData<U>,] [impl Unpin]
///          | UnsafeUnpin [impl UnsafeUnpin] | NotUnpin [impl Unpin],
///     drop: NoDrop GuardTrait [impl] | PinnedDrop [impl PinnedDrop PinnedDropArgument],
///     data: {
///         #[cfg(..)] [Variant] {         // `[]` for a struct
///             #[cfg(..)] field name: binding [Type],   // `[Type]`: pinned
///             field 0: binding,                        // not pinned
///         },
///     },
///     // `all` writes the method, `any` leaves it out (`#[cfg(any())]`).
///     project: all [pub] NameProj [#[doc = ".."]],
///     project_ref: all [pub] NameProjRef [],
///     project_replace: any [] Name [],
/// }
/// ```
///
/// Each `[impl]` is the `impl` keyword of the impls of that section (the
/// `Unpin` impl; the `Drop` guard's or the `Drop` glue), written by the
/// caller with the span rustc's errors about the impl should point at (the
/// attribute, or its `!Unpin`, `UnsafeUnpin`, `PinnedDrop` argument): the
/// span of an item is the one of its first token. Only the caller's spans
/// are taken from it; any token other than `impl` there leaves an item
/// that does not parse. The rules forward it as one `$impl:tt`, never in a
/// `$(..)*` repetition, through which rustc no longer takes its span for
/// the item's. The `Unpin` section's also names the trait of the impl's
/// bounds (`Unpin`, or `UnsafeUnpin`): a `use` of that trait under the
/// caller's name, with its span, so that rustc's "unsatisfied trait bound
/// introduced here" points there too. Whatever the name, the `use` names
/// the real trait (and a name taken in the scope does not compile).
/// Likewise, the `PinnedDrop` section names the trait the glue calls
/// (`PinnedDrop`, at the argument, where a missing impl is reported) and
/// the one its `unsafe impl` implements (`PinnedDropArgument`, so that an
/// error about that impl names no `__private` path).
///
/// Any rule can be called directly, so each must be sound alone. Only two
/// write `unsafe`: the entry rule (the last one), which writes the guards
/// with the projections; and `@drop PinnedDrop`, the destructor glue,
/// which is sound for any type on its own (it pins a value that is being
/// dropped, and makes one token per drop for `PinnedDrop::drop` of that
/// very value). The other helpers write no `unsafe` and unlock nothing.
#[doc(hidden)]
#[macro_export]
macro_rules! pin_projection {
    // ------------------------------------------------------------ values
    (@mut $bind:ident [$($ty:tt)*]) => {{
        // SAFETY: in the `unsafe` block of the entry rule's `project`. The
        // pin is bound with no expected type, so the caller's projection
        // type cannot make rustc coerce the field's reference (a deref
        // coercion, `&mut Box<T>` to `&mut T`) before it is pinned: only
        // the field itself is ever pinned.
        let pinned = $crate::__private::core::pin::Pin::new_unchecked($bind);
        pinned
    }};
    (@mut $bind:ident) => {
        $bind
    };
    (@own $bind:ident [$($ty:tt)*]) => {
        $crate::__private::core::marker::PhantomData
    };
    (@own $bind:ident) => {
        // SAFETY: in the `unsafe` block of the entry rule's `project_replace`.
        $crate::__private::core::ptr::read($bind)
    };
    (@drop_in_place $bind:ident [$($ty:tt)*]) => {
        // SAFETY: in the `unsafe` block of the entry rule's `project_replace`.
        $crate::__private::pin::UnsafeDropInPlaceGuard::new($bind)
    };
    (@drop_in_place $bind:ident) => {
        ()
    };
    (@same_type [$(#[cfg $c:tt])*] $bind:ident $this_type:ident [[$($params:tt)*] [$($where:tt)*] [$($self_ty:tt)*]] [$($ty:tt)*]) => {
        $(#[cfg $c])*
        let _ = {
            // The pinned type as the `Unpin` impl's `where` clause reads
            // it: written in an item signature, where a trait object's
            // lifetime is its default (in a body it would be inferred, and
            // `Foo<dyn Tr>` would pass for a field `Foo<dyn Tr + 'a>` that
            // the impl reads as `Foo<dyn Tr + 'static>`), its parameters
            // taken, exactly, from the type's.
            fn expected<$($params)*>(
                _: $crate::__private::pin::Invariant<$($self_ty)*>,
            ) -> $crate::__private::pin::Invariant<$($ty)*>
            where
                $($where)*
            {
                $crate::__private::core::marker::PhantomData
            }
            // No expected type: the actual type, without coercion, and
            // without subtyping, as the binding is a `&mut` (invariant in
            // the field's type: through a `&`, `&'static T` would pass for
            // `&'a T`). The binding is shadowed so the comparison is
            // spanned at the field.
            let $bind = $crate::__private::pin::type_of($bind);
            let _ = [expected($this_type), $bind];
        };
    };
    (@same_type [$(#[cfg $c:tt])*] $bind:ident $this_type:ident $signature:tt) => {};
    (@vis $vis:vis fn) => {};

    // ------------------------------------------------------------ tokens
    // `@tokens`: compiles only for tokens that mean the same wherever they
    // are written: identifiers, lifetimes, literals, punctuation and groups
    // of those. A macro call (`!` then a group), an attribute (`#`: on an
    // item in a braced constant, it may be a macro that expands
    // differently at each copy) or an opaque fragment passed on by another
    // macro is a compile error. Rules of this macro rather
    // than macros of their own, so that rustc's notes about them name
    // `pin_projection` and no other hidden name.
    (@tokens $($token:tt)*) => {
        $( $crate::pin_projection! { @token $token } )*
    };
    (@token ($($inner:tt)*)) => { $crate::pin_projection! { @tokens $($inner)* } };
    (@token [$($inner:tt)*]) => { $crate::pin_projection! { @tokens $($inner)* } };
    (@token {$($inner:tt)*}) => { $crate::pin_projection! { @tokens $($inner)* } };
    (@token $ident:ident) => {};
    (@token $lifetime:lifetime) => {};
    (@token _) => {};
    (@token :) => {};
    (@token ::) => {};
    (@token ,) => {};
    (@token ;) => {};
    (@token <) => {};
    (@token >) => {};
    (@token >>) => {};
    (@token <<) => {};
    (@token <=) => {};
    (@token >=) => {};
    (@token ==) => {};
    (@token =) => {};
    (@token +) => {};
    (@token -) => {};
    (@token *) => {};
    (@token /) => {};
    (@token %) => {};
    (@token ^) => {};
    (@token &) => {};
    (@token &&) => {};
    (@token |) => {};
    (@token ||) => {};
    (@token ?) => {};
    (@token ->) => {};
    (@token =>) => {};
    (@token .) => {};
    (@token ..) => {};
    (@token ..=) => {};
    (@token @) => {};
    (@token $literal:literal) => {};
    (@token $($other:tt)*) => {
        $crate::__private::core::compile_error! {
            "the types vouch writes more than once (the generics and `where` clause of a `#[pin_project]` or pod-derived type, its `#[pin]` field types, the type a `TransparentWrapper` wraps) cannot contain a macro call, an attribute or `!`: a macro (an attribute may be one) may expand differently each time; name the type or the constant with an alias"
        }
    };

    // `@in_place`: compiles only for tokens without a top-level `{..}` or
    // `;`: spliced into an item header or a type, they cannot end that item.
    (@in_place $($token:tt)*) => {
        $( $crate::pin_projection! { @in_place_token $token } )*
    };
    (@in_place_token {$($inner:tt)*}) => {
        $crate::__private::core::compile_error! {
            "the generic parameters and `where` clause vouch writes into an impl (of a `#[pin_project]` type, or a pod derive's) cannot contain a block `{ .. }` outside of `(..)` or `[..]`; name the type or the constant with an alias"
        }
    };
    (@in_place_token ;) => {
        $crate::__private::core::compile_error! {
            "the generic parameters and `where` clause vouch writes into an impl (of a `#[pin_project]` type, or a pod derive's) cannot contain `;` outside of `(..)` or `[..]`"
        }
    };
    (@in_place_token $token:tt) => {};

    // `@no_block`: compiles only for tokens with no `{ .. }` group at any
    // depth, so no item can be declared in them.
    (@no_block $($token:tt)*) => {
        $( $crate::pin_projection! { @no_block_token $token } )*
    };
    (@no_block_token {$($inner:tt)*}) => {
        $crate::__private::core::compile_error! {
            "a `{ .. }` block cannot stand in a pinned field's type or in the generics of a \
             `#[pin_project]` type; name the value through a `const` item instead"
        }
    };
    (@no_block_token ($($inner:tt)*)) => { $crate::pin_projection! { @no_block $($inner)* } };
    (@no_block_token [$($inner:tt)*]) => { $crate::pin_projection! { @no_block $($inner)* } };
    (@no_block_token $token:tt) => {};

    // ------------------------------------------------------------ guards
    // Safe code only. The pattern names every field without `..`, so the
    // field list is the type's whole field list; outside `unsafe`, it does
    // not compile for a union; it borrows every field, which does not
    // compile for a field of a `repr(packed)` type that may be misaligned
    // (E0793), the only fields rustc moves to drop them. Each pinned field's
    // actual type is compared, invariantly and without coercion, with the
    // type the `Unpin` impl bounds (directly, or through the witness).
    (@guard $signature:tt
        ($pin:lifetime $name:tt [$($args:tt)*] [$($params:tt)*] [$($where:tt)*])
        { $(
            $(#[cfg $vc:tt])* [$($v:ident)?] {
                $( $(#[cfg $c:tt])* field $member:tt : $bind:ident $([$($ty:tt)*])? ),* $(,)?
            }
        ),* $(,)? }
    ) => {
        #[allow(unreachable_patterns, unused_variables)]
        fn __vouch_pin_guard<$($params)*>(
            this: &mut $name<$($args)*>,
            // The type itself, exactly, from which each comparison below
            // takes the parameters.
            this_type: $crate::__private::pin::Invariant<$name<$($args)*>>,
        )
        where
            $($where)*
        {
            match this {
                $(
                    $(#[cfg $vc])*
                    $name $(::$v)? { $( $(#[cfg $c])* $member: $bind, )* } => {
                        $(
                            $crate::pin_projection! {
                                @same_type [$(#[cfg $c])*] $bind this_type $signature $([$($ty)*])?
                            }
                        )*
                    }
                )*
            }
        }
    };

    // `Unpin`: one impl, which always exists (so any other `Unpin` impl of
    // the type overlaps with it), bounded by `Pinned<'pin, Type>: Unpin` for
    // each pinned field's type: a projection through an upstream type,
    // which coherence never evaluates, so no `Unpin` impl for some
    // instantiation can escape the overlap check by proving a bound false
    // there. A field under `#[cfg]`, whose type may not exist, is bounded
    // through a witness struct instead, whose field carries the `cfg`.
    //
    // `@unpin_split` sorts the fields (in order, all of them: a rule for
    // each shape of entry, eight unconfigured ones at a time): the pinned
    // types of entries without `cfg` into the first list, the pinned
    // entries with their `cfg`s into the second; unpinned entries go.
    (@unpin_with [$($names:tt)*] Auto $witness:ident $uses:tt $impl:tt $header:tt
        { $( [ $($entries:tt)* ] )* }
    ) => {
        $crate::pin_projection! {
            @unpin_split [$($names)*] $witness $uses $impl $header [] []
            { $($($entries)*)* }
        }
    };
    (@unpin_split $names:tt $witness:ident $uses:tt $impl:tt $header:tt
        [$($direct:tt)*] $cfgd:tt
        {
            field $m0:tt : $b0:ident $([$($t0:tt)*])?,
            field $m1:tt : $b1:ident $([$($t1:tt)*])?,
            field $m2:tt : $b2:ident $([$($t2:tt)*])?,
            field $m3:tt : $b3:ident $([$($t3:tt)*])?,
            field $m4:tt : $b4:ident $([$($t4:tt)*])?,
            field $m5:tt : $b5:ident $([$($t5:tt)*])?,
            field $m6:tt : $b6:ident $([$($t6:tt)*])?,
            field $m7:tt : $b7:ident $([$($t7:tt)*])?,
            $($rest:tt)*
        }
    ) => {
        $crate::pin_projection! {
            @unpin_split $names $witness $uses $impl $header
            [
                $($direct)*
                $([$($t0)*])? $([$($t1)*])? $([$($t2)*])? $([$($t3)*])?
                $([$($t4)*])? $([$($t5)*])? $([$($t6)*])? $([$($t7)*])?
            ]
            $cfgd
            { $($rest)* }
        }
    };
    (@unpin_split $names:tt $witness:ident $uses:tt $impl:tt $header:tt
        [$($direct:tt)*] $cfgd:tt
        { field $m:tt : $b:ident $([$($t:tt)*])?, $($rest:tt)* }
    ) => {
        $crate::pin_projection! {
            @unpin_split $names $witness $uses $impl $header
            [$($direct)* $([$($t)*])?] $cfgd { $($rest)* }
        }
    };
    (@unpin_split $names:tt $witness:ident $uses:tt $impl:tt $header:tt
        $direct:tt [$($cfgd:tt)*]
        { $(#[cfg $c:tt])+ field $m:tt : $b:ident [$($t:tt)*], $($rest:tt)* }
    ) => {
        $crate::pin_projection! {
            @unpin_split $names $witness $uses $impl $header
            $direct [$($cfgd)* $(#[cfg $c])+ [$($t)*],] { $($rest)* }
        }
    };
    (@unpin_split $names:tt $witness:ident $uses:tt $impl:tt $header:tt
        $direct:tt $cfgd:tt
        { $(#[cfg $c:tt])+ field $m:tt : $b:ident, $($rest:tt)* }
    ) => {
        $crate::pin_projection! {
            @unpin_split $names $witness $uses $impl $header $direct $cfgd { $($rest)* }
        }
    };
    // No pinned field under `cfg`: no witness.
    (@unpin_split $names:tt $witness:ident $uses:tt [$impl:tt $bound:tt]
        ($pin:lifetime $name:tt [$($args:tt)*] [$($params:tt)*] [$($where:tt)*])
        [$([$($direct:tt)*])*] [] {}
    ) => {
        use $crate::__private::core::marker::Unpin as $bound;
        #[doc = $crate::__private::core::concat!(
            "`", $crate::__private::core::stringify!($name),
            "` is `Unpin` when each of its `#[pin]` fields is.",
        )]
        #[automatically_derived]
        #[allow(deprecated)]
        $impl<$pin, $($params)*> $bound for $name<$($args)*>
        where
            $($where)*
            $(
                $crate::__private::pin::Pinned<$pin, $($direct)*>: $bound,
            )*
        {}
    };
    (@unpin_split [$($names:tt)*] $witness:ident [$($uses:tt)*] [$impl:tt $bound:tt]
        ($pin:lifetime $name:tt [$($args:tt)*] [$($params:tt)*] [$($where:tt)*])
        [$([$($direct:tt)*])*] [$( $(#[cfg $c:tt])+ [$($ty:tt)*], )+] {}
    ) => {
        use $crate::__private::core::marker::Unpin as $bound;
        // The types of the pinned fields under `cfg`, each under its own,
        // and every generic parameter in an always-`Unpin` wrapper. `pub` so
        // the impl's bound names no private type; it lives in an anonymous
        // scope, where nobody can name it.
        #[doc(hidden)]
        #[allow(
            dead_code,
            unreachable_pub,
            missing_debug_implementations,
            unnameable_types,
            // The item's own bounds, copied: not the place to trim them.
            explicit_outlives_requirements,
        )]
        pub struct $witness<$pin, $($params)*>(
            $crate::__private::pin::AlwaysUnpin<(&$pin (), $($uses)*)>,
            $( $(#[cfg $c])+ $($ty)*, )+
        )
        where
            $($where)*;

        #[doc = $crate::__private::core::concat!(
            "`", $crate::__private::core::stringify!($name),
            "` is `Unpin` when each of its `#[pin]` fields is.",
        )]
        #[automatically_derived]
        #[allow(deprecated)]
        $impl<$pin, $($params)*> $bound for $name<$($args)*>
        where
            $($where)*
            $(
                $crate::__private::pin::Pinned<$pin, $($direct)*>: $bound,
            )*
            $crate::__private::pin::Pinned<$pin, $witness<$pin, $($names)*>>: $bound,
        {}
    };
    (@unpin_with [$($names:tt)*] UnsafeUnpin [$impl:tt $bound:tt]
        ($pin:lifetime $name:tt [$($args:tt)*] [$($params:tt)*] [$($where:tt)*])
        $data:tt
    ) => {
        use $crate::__private::pin::UnsafeUnpin as $bound;
        #[doc = $crate::__private::core::concat!(
            "`", $crate::__private::core::stringify!($name),
            "` is `Unpin` when it implements `UnsafeUnpin`.",
        )]
        #[automatically_derived]
        #[allow(deprecated)]
        $impl<$pin, $($params)*> $crate::__private::core::marker::Unpin for $name<$($args)*>
        where
            $($where)*
            $crate::__private::pin::Pinned<$pin, Self>: $bound,
        {}
    };
    (@unpin_with [$($names:tt)*] NotUnpin [$impl:tt $bound:tt]
        ($pin:lifetime $name:tt [$($args:tt)*] [$($params:tt)*] [$($where:tt)*])
        $data:tt
    ) => {
        use $crate::__private::core::marker::Unpin as $bound;
        // Never true.
        #[doc = $crate::__private::core::concat!(
            "`", $crate::__private::core::stringify!($name),
            "` is never `Unpin` (`#[pin_project(!Unpin)]`).",
        )]
        #[automatically_derived]
        #[allow(deprecated)]
        $impl<$pin, $($params)*> $bound for $name<$($args)*>
        where
            $($where)*
            $crate::__private::pin::Pinned<$pin, $crate::__private::core::marker::PhantomPinned>: $bound,
        {}
    };

    // The names of the parameters, in their order (`'a, T, N`), read from
    // the bare parameters (`'a, T, const N: usize`: bounds are in the
    // `where` clause, or no rule matches). The witness is declared with the
    // parameters and named with these, so its fields are the pinned types
    // exactly as the guard compares them, whatever arguments the type is
    // given.
    // `@names [next rule] [] [params] ..` calls the next rule with the
    // names first.
    (@names $next:tt [$($names:tt)*] [const $c:ident : $cty:ty $(, $($rest:tt)*)?] $($tail:tt)*) => {
        $crate::pin_projection! { @names $next [$($names)* $c,] [$($($rest)*)?] $($tail)* }
    };
    (@names $next:tt [$($names:tt)*] [$lt:lifetime $(, $($rest:tt)*)?] $($tail:tt)*) => {
        $crate::pin_projection! { @names $next [$($names)* $lt,] [$($($rest)*)?] $($tail)* }
    };
    (@names $next:tt [$($names:tt)*] [$t:ident $(, $($rest:tt)*)?] $($tail:tt)*) => {
        $crate::pin_projection! { @names $next [$($names)* $t,] [$($($rest)*)?] $($tail)* }
    };
    (@names [$($next:tt)*] [$($names:tt)*] [] $($tail:tt)*) => {
        $crate::pin_projection! { $($next)* [$($names)*] $($tail)* }
    };

    // `project_replace` (gate `all`) needs `NoDrop`: with the `PinnedDrop`
    // glue, the old value's `PinnedDrop` would never run. `#[pin_project]`
    // reports the pair at the arguments; this is for direct calls.
    (@replace NoDrop $gate:ident) => {};
    (@replace PinnedDrop any) => {};
    (@replace PinnedDrop all) => {
        $crate::__private::core::compile_error! {
            "`project_replace` cannot be used with `PinnedDrop`: it would overwrite the value without running its `PinnedDrop`"
        }
    };

    // `Drop`: either none (a user `Drop` impl makes the blanket impl of the
    // guard trait overlap with the one for the type), or the `PinnedDrop`
    // glue (a user `Drop` impl conflicts with it).
    (@drop NoDrop $guard:ident [$impl:tt]
        ($pin:lifetime $name:tt [$($args:tt)*] [$($params:tt)*] [$($where:tt)*])
    ) => {
        trait $guard {}
        #[allow(drop_bounds)]
        $impl<__VouchAny: ?$crate::__private::core::marker::Sized + $crate::__private::core::ops::Drop>
            $guard for __VouchAny {}
        #[automatically_derived]
        #[allow(deprecated)]
        $impl<$($params)*> $guard for $name<$($args)*> where $($where)* {}
    };
    (@drop PinnedDrop [$impl:tt $trait:tt $argument:ident]
        ($pin:lifetime $name:tt [$($args:tt),* $(,)?] [$($params:tt)*] [$($where:tt)*])
    ) => {
        // Callable on its own: the tokens it splices into the item headers
        // below must stay there (see the entry rule).
        $crate::pin_projection! { @tokens $($args)* }
        $crate::pin_projection! { @tokens $($params)* }
        $crate::pin_projection! { @tokens $($where)* }
        $crate::pin_projection! { @in_place $($params)* }
        $crate::pin_projection! { @in_place $($where)* }

        // SAFETY: the `Drop` impl just below calls `PinnedDrop::drop` from
        // the type's destructor, which is what this trait promises. The
        // trait is named through a `use` under the caller's name for it
        // (`#[pin_project]` picks one that no identifier of the item is
        // spelled like), in a scope of its own, so that an error about this
        // impl (tokens spliced into its header by a direct call) names no
        // path through `__private`. Whatever the name, the `use` names the
        // real trait: an explicit `use` in the innermost scope, nothing the
        // caller writes can shadow it (a type or generic parameter of that
        // name makes the impl fail to compile).
        const _: () = {
            use $crate::__private::pin::PinnedDropArgument as $argument;
            #[doc(hidden)]
            #[automatically_derived]
            #[allow(deprecated)]
            unsafe impl<$($params)*> $argument for $name<$($args),*>
            where
                $($where)*
            {}
        };

        /// Runs `PinnedDrop::drop` with the value pinned.
        #[automatically_derived]
        #[allow(deprecated)]
        $impl<$($params)*> $crate::__private::core::ops::Drop for $name<$($args),*>
        where
            $($where)*
        {
            fn drop(&mut self) {
                // The trait under the caller's name for it, with its span,
                // so that a type without `PinnedDrop` impl is reported
                // there. Local to this body, whatever the name.
                use $crate::__private::pin::PinnedDrop as $trait;
                // SAFETY: the value is being dropped: it is never used or
                // moved again, so pinning it keeps every promise of `Pin`
                // about `Self`. Its fields are pinned only by a projection,
                // which the entry rule emits with its own guards (no
                // `packed` layout, whose drop glue would move them).
                let pinned = unsafe { $crate::__private::core::pin::Pin::new_unchecked(self) };
                // SAFETY: this is the destructor of `Self`, and it creates
                // one token per drop, for this very borrow of the value.
                let token = unsafe { $crate::__private::pin::PinnedDropToken::new_unchecked() };
                $trait::drop(pinned, token);
            }
        }
    };

    // ------------------------------------------------------------- entry
    // The rule that writes the projections' `unsafe` blocks, next to the
    // calls of every guard, from the same tokens, in one expansion. The
    // helpers above write no `unsafe` of their own (but `@drop PinnedDrop`,
    // sound alone), so calling one of them directly unlocks nothing.
    (
        lifetime: $pin:lifetime,
        type: $name:tt [$($arg:tt),* $(,)?],
        generics: [$($params:tt)*],
        where: [$($where:tt)*],
        unpin: $unpin:ident $($witness:ident [$($uses:tt)*])? [$uimpl:tt $ubound:tt],
        drop: $drop:ident $($guard:ident)? [$dimpl:tt $($dtrait:tt $dargument:ident)?],
        data: { $(
            $(#[cfg $vc:tt])* [$($v:ident)?] {
                $( $(#[cfg $c:tt])* field $member:tt : $bind:ident $([$($ty:tt)*])? ),* $(,)?
            } $(+ $(#[cfg $pc:tt])* field $phantom:tt)?
        ),* $(,)? },
        project: $pgate:ident [$($pvis:tt)*] $pname:ident [$(#[doc = $pdoc:literal])*],
        project_ref: $rgate:ident [$($rvis:tt)*] $rname:ident [$(#[doc = $rdoc:literal])*],
        project_replace: $ogate:ident [$($ovis:tt)*] $oname:ident [$(#[doc = $odoc:literal])*] $(,)?
    ) => {
        #[allow(
            non_camel_case_types,
            non_snake_case,
            unused_qualifications,
            unreachable_code,
            dead_code,
            // A lifetime of the type used once in a copied header
            // (`impl<'a> Trait for Type<'a>`): the user's to name, not ours
            // to turn into `'_`.
            single_use_lifetimes,
            clippy::pedantic,
            clippy::nursery,
            clippy::restriction,
            clippy::style,
            clippy::complexity,
        )]
        #[allow(deprecated)]
        const _: () = {
            // Every token that is written more than once below (generic
            // parameters, arguments, `where` predicates, pinned types) must
            // mean the same every time: no macro call, which could expand
            // differently each time, and no opaque fragment hiding one.
            $crate::pin_projection! { @tokens $($arg)* }
            $crate::pin_projection! { @tokens $($params)* }
            $crate::pin_projection! { @tokens $($where)* }
            $($($( $crate::pin_projection! { @tokens $($ty)* } )?)*)*
            // The witness's uses and the pinned types under `cfg` are
            // written once into the witness's scope (a pinned type of an
            // entry that is `cfg`'d out is compared by no guard): no
            // `{ .. }` in them, so no item can be declared there.
            $( $crate::pin_projection! { @tokens $($uses)* } $crate::pin_projection! { @no_block $($uses)* } )?
            $($($( $crate::pin_projection! { @no_block $($ty)* } )?)*)*
            // Tokens spliced into an item header (`impl<..> T<..> where ..`)
            // must stay in their place: each generic argument is one token
            // tree, and the parameters and the `where` clause hold no
            // top-level `{..}` or `;`, which could end the item and begin
            // another (with the projections in it). The pinned types are
            // spliced into the `Unpin` impl's `where` clause too (inside
            // `Pinned<'pin, ..>`), and hold none either (they have no block
            // at all, above); the witness's uses only ever stand inside a
            // `(..)` group, which nothing can leave.
            $crate::pin_projection! { @in_place $($params)* }
            $crate::pin_projection! { @in_place $($where)* }
            $($($( $crate::pin_projection! { @in_place $($ty)* } )?)*)*
            // Each method's visibility is exactly a visibility (`@vis`
            // matches nothing else), written as the caller's own tokens so
            // that rustc's "defined here" about a method points at them.
            $crate::pin_projection! { @vis $($pvis)* fn }
            $crate::pin_projection! { @vis $($rvis)* fn }
            $crate::pin_projection! { @vis $($ovis)* fn }

            $crate::pin_projection! {
                @drop $drop $($guard)? [$dimpl $($dtrait $dargument)?] ($pin $name [$($arg),*] [$($params)*] [$($where)*])
            }
            $crate::pin_projection! {
                @names [@unpin_with] [] [$($params)*]
                $unpin $($witness [$($uses)*])? [$uimpl $ubound]
                ($pin $name [$($arg),*] [$($params)*] [$($where)*])
                { $( [$( $(#[cfg $c])* field $member: $bind $([$($ty)*])?, )*] )* }
            }
            $crate::pin_projection! {
                @guard [[$($params)*] [$($where)*] [$name<$($arg),*>]]
                ($pin $name [$($arg),*] [$($params)*] [$($where)*])
                { $(
                    $(#[cfg $vc])* [$($v)?] {
                        $( $(#[cfg $c])* field $member: $bind $([$($ty)*])?, )*
                    },
                )* }
            }

            // `project_replace` skips the old value's destructor: only with
            // the `Drop` guard (`NoDrop`), which proves the type has none.
            $crate::pin_projection! { @replace $drop $ogate }

            impl<$($params)*> $name<$($arg),*> where $($where)* {
                $(#[doc = $pdoc])*
                #[cfg($pgate())]
                #[inline]
                $($pvis)* fn project<$pin>(
                    self: $crate::__private::core::pin::Pin<&$pin mut Self>,
                ) -> $pname<$pin, $($arg),*> {
                    // SAFETY: nothing is moved out of the pinned value; each
                    // field marked pinned (`[Type]`) is handed out pinned
                    // again. That is sound because this same expansion
                    // emits, from the same tokens: the `Drop` guard or the
                    // `PinnedDrop` glue (no `drop` can move a pinned field),
                    // the packed and field-type guard (`@guard`: its pattern
                    // names every field of a non-packed, non-union type, and
                    // each pinned field has the type the `Unpin` impl
                    // bounds), and the only `Unpin` impl of the type
                    // (`@unpin_split`), which holds only when every pinned
                    // field is `Unpin` (or the type is `UnsafeUnpin`) and
                    // which every other `Unpin` impl of the type overlaps
                    // with. No caller-provided expression is inside this
                    // block, and each field is pinned with no expected type
                    // (`@mut`), so no caller-provided type can coerce it.
                    unsafe {
                        match $crate::__private::core::pin::Pin::get_unchecked_mut(self) {
                            $(
                                $(#[cfg $vc])*
                                Self $(::$v)? { $( $(#[cfg $c])* $member: $bind, )* } => $pname $(::$v)? {
                                    $(
                                        $(#[cfg $c])*
                                        $member: $crate::pin_projection!(@mut $bind $([$($ty)*])?),
                                    )*
                                    $( $(#[cfg $pc])* $phantom: $crate::__private::core::marker::PhantomData, )?
                                },
                            )*
                        }
                    }
                }

                $(#[doc = $rdoc])*
                #[cfg($rgate())]
                #[inline]
                $($rvis)* fn project_ref<$pin>(
                    self: $crate::__private::core::pin::Pin<&$pin Self>,
                ) -> $rname<$pin, $($arg),*> {
                    // SAFETY: as in `project`: a field of a pinned value
                    // that the guards of this expansion prove structurally
                    // pinned is pinned.
                    unsafe {
                        match $crate::__private::core::pin::Pin::get_ref(self) {
                            $(
                                $(#[cfg $vc])*
                                Self $(::$v)? { $( $(#[cfg $c])* $member: $bind, )* } => $rname $(::$v)? {
                                    $(
                                        $(#[cfg $c])*
                                        $member: $crate::pin_projection!(@mut $bind $([$($ty)*])?),
                                    )*
                                    $( $(#[cfg $pc])* $phantom: $crate::__private::core::marker::PhantomData, )?
                                },
                            )*
                        }
                    }
                }

                $(#[doc = $odoc])*
                #[cfg($ogate())]
                #[inline]
                $($ovis)* fn project_replace(
                    self: $crate::__private::core::pin::Pin<&mut Self>,
                    replacement: Self,
                ) -> $oname<$($arg),*> {

                    // SAFETY: the pinned fields are dropped where they are
                    // (in declaration order, also when one of their drops
                    // panics); the unpinned ones are read out once; then the
                    // overwrite guard writes `replacement` over the memory
                    // without dropping the old value again (also on
                    // unwinding). Skipping the old value's own destructor is
                    // sound because `@replace` lets this method be written
                    // only next to the `NoDrop` guard (`@drop`), which
                    // proves the type has no `Drop` impl (so no `PinnedDrop`
                    // either); the `@guard` pattern proves no field is
                    // packed, so nothing pinned moves.
                    unsafe {
                        let this: *mut Self = $crate::__private::core::pin::Pin::get_unchecked_mut(self);
                        let overwrite =
                            $crate::__private::pin::UnsafeOverwriteGuard::new(this, replacement);
                        let result = match &mut *this {
                            $(
                                $(#[cfg $vc])*
                                Self $(::$v)? { $( $(#[cfg $c])* $member: $bind, )* } => {
                                    let result = $oname $(::$v)? {
                                        $(
                                            $(#[cfg $c])*
                                            $member: $crate::pin_projection!(@own $bind $([$($ty)*])?),
                                        )*
                                        $( $(#[cfg $pc])* $phantom: $crate::__private::core::marker::PhantomData, )?
                                    };
                                    // A tuple drops its elements in order, and
                                    // goes on with the rest when one panics;
                                    // in its own scope, so that when one
                                    // panics `result` is a live local and its
                                    // unpinned fields are dropped too.
                                    {
                                        let _in_place = (
                                            $(
                                                $(#[cfg $c])*
                                                $crate::pin_projection!(@drop_in_place $bind $([$($ty)*])?),
                                            )*
                                        );
                                    }
                                    result
                                }
                            )*
                        };
                        $crate::__private::core::mem::drop(overwrite);
                        result
                    }
                }
            }
        };
    };
}
