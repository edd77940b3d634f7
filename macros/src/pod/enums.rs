//! Enum expansions. A discriminant is only ever read as `Item::Variant as
//! Int` on the real enum, never by copying the expression the user wrote
//! (which may mean something else in another scope), and a data-carrying
//! variant's tag is read from a value built in a constant.

use super::attr::Variant;
use super::check::{EnumInt, Plan};
use super::expand::{Cx, respan};
use crate::util::repr::Int;
use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::spanned::Spanned;

pub(crate) fn expand(cx: &Cx<'_>, plan: &Plan, variants: &[Variant<'_>]) -> TokenStream {
    match plan {
        Plan::ZeroDiscriminant(int) => zero_discriminant(cx, *int, variants),
        Plan::ZeroVariant { index, int } => match variants.get(*index) {
            Some(variant) => zero_variant(cx, *int, variant),
            None => TokenStream::new(),
        },
        Plan::FieldlessEnum(int) => {
            let size = tag_size(cx, *int);
            // `as` casts compile only for a fieldless enum: a variant with
            // fields added by a later attribute macro fails here.
            let values = discriminants(cx, *int, variants);
            let int_ty = int_path(cx, *int);
            let n = values.len();
            let fieldless = quote! {
                const _: [#int_ty; #n] = [#(#values),*];
            };
            // SAFETY: the `as` casts above prove the real enum is fieldless;
            // a fieldless enum with an integer (or C) repr is its tag, an
            // initialized integer with no pointer, and `tag_size` proves it
            // is nothing more (no `align` padding, no wider `repr` than the
            // one named here); fieldless enums have no lifetimes, so it is
            // `'static`.
            let imp = cx.unsafe_impl("NoUninit", &TokenStream::new());
            quote!(#size #fieldless #imp)
        }
        Plan::CheckedEnum(int) => checked(cx, *int, variants),
        Plan::Contiguous(int) => contiguous(cx, *int, variants),
        _ => TokenStream::new(),
    }
}

fn int_path(cx: &Cx<'_>, int: EnumInt) -> TokenStream {
    match int {
        EnumInt::Int(int) => int.path(&cx.core),
        EnumInt::CInt => {
            let core = &cx.core;
            quote!(#core::ffi::c_int)
        }
    }
}

fn unsigned_path(cx: &Cx<'_>, int: EnumInt) -> TokenStream {
    let core = &cx.core;
    let name = match int {
        EnumInt::CInt => return quote!(#core::ffi::c_uint),
        EnumInt::Int(Int::U8 | Int::I8) => "u8",
        EnumInt::Int(Int::U16 | Int::I16) => "u16",
        EnumInt::Int(Int::U32 | Int::I32) => "u32",
        EnumInt::Int(Int::U64 | Int::I64) => "u64",
        EnumInt::Int(Int::U128 | Int::I128) => "u128",
        EnumInt::Int(Int::Usize | Int::Isize) => "usize",
    };
    let name = format_ident!("{}", name);
    quote!(#core::primitive::#name)
}

/// For `repr(C)` without an integer, the tag is a C `int` unless a
/// discriminant does not fit: assert the enum has that size.
fn c_int_size(cx: &Cx<'_>, int: EnumInt) -> TokenStream {
    let EnumInt::CInt = int else {
        return TokenStream::new();
    };
    tag_size(cx, int)
}

/// A fieldless enum is exactly the integer `int` the generated code names:
/// assert the real enum has its size. This rejects an `align` hint (whose
/// padding bytes are uninitialized), a `repr(C)` tag wider than a C `int`,
/// and a `repr` an attribute changed after the derive ran (without it,
/// `Item::Variant as u8` would silently truncate a `u16` discriminant).
fn tag_size(cx: &Cx<'_>, int: EnumInt) -> TokenStream {
    let Cx { core, this_ty, .. } = cx;
    let int_ty = int_path(cx, int);
    let name = cx.input.name();
    let message = match int {
        EnumInt::CInt => format!(
            "`{name}` does not have the size of a C `int`, which its tag was assumed to be; \
             write its tag type, e.g. `#[repr(i64)]`"
        ),
        EnumInt::Int(int) => format!(
            "`{name}` is not exactly its `{}` tag (an `align` hint pads it, or an attribute \
             after the derive changed its `repr`); remove the `align` hint, and put the \
             derive after the attributes that change `{name}`",
            int.name()
        ),
    };
    let check = respan(
        quote! {
            if #core::mem::size_of::<#this_ty>() != #core::mem::size_of::<#int_ty>() {
                #core::panic!(#message)
            }
        },
        cx.input.ident().span(),
    );
    quote!(const _: () = #check;)
}

/// `Item::Variant as Int` for every variant.
fn discriminants(cx: &Cx<'_>, int: EnumInt, variants: &[Variant<'_>]) -> Vec<TokenStream> {
    let ident = cx.input.ident();
    let int = int_path(cx, int);
    variants
        .iter()
        .map(|variant| {
            let name = variant.ident;
            quote!(#ident::#name as #int)
        })
        .collect()
}

fn zero_discriminant(cx: &Cx<'_>, int: EnumInt, variants: &[Variant<'_>]) -> TokenStream {
    let core = &cx.core;
    let name = cx.input.name();
    let size = c_int_size(cx, int);
    // Compared as `i128`, which holds every discriminant of every `repr`
    // exactly: a cast to the tag type the derive saw could truncate a wider
    // real one (a `u16` tag of 256 read `as u8` is 0).
    let wide = EnumInt::Int(Int::I128);
    let values = discriminants(cx, wide, variants);
    let message = format!(
        "`derive(Zeroable)` needs a variant with discriminant 0, and `{name}` has none, so \
         all-zero bytes are not a value of it; add one (e.g. `None = 0`) or give an existing \
         variant `= 0`"
    );
    let check = respan(
        quote! {
            if !(#((#values) == 0)||*) {
                #core::panic!(#message)
            }
        },
        cx.input.ident().span(),
    );
    // SAFETY: the constant above proves some variant's discriminant, read
    // from the real enum without truncation, is 0; a fieldless enum with an
    // integer or C repr starts with its tag (whatever its width, the rest
    // is padding), so all-zero bytes are that variant.
    let imp = cx.unsafe_impl("Zeroable", &TokenStream::new());
    quote! {
        #size
        const _: () = #check;
        #imp
    }
}

fn zero_variant(cx: &Cx<'_>, int: EnumInt, variant: &Variant<'_>) -> TokenStream {
    let Cx { core, pod, .. } = cx;
    let ident = cx.input.ident();
    let name = variant.ident;
    // A generic enum is built at one instance (`u8` for its type
    // parameters): the tag of a variant does not depend on the arguments,
    // and `zero_fields` proves the fields zeroable for every argument.
    let generic = cx.input.has_type_or_const_params();
    let (path, measured) = if generic {
        let core = &cx.core;
        let probe = super::layout::probe_type(cx, &quote!(#core::primitive::u8));
        let args: TokenStream = probe.clone().into_iter().skip(1).collect();
        (quote!(#ident::#args::#name), probe)
    } else {
        (quote!(#ident::#name), cx.this_ty.clone())
    };
    let field_proof = if generic {
        zero_fields(cx, variant)
    } else {
        TokenStream::new()
    };
    let int = int_path(cx, int);
    let fields = variant.fields.iter().map(|field| {
        let member = &field.member;
        let span = field.ty.span();
        let zeroed = respan(quote!(#pod::const_zeroed()), span);
        quote_spanned!(span=> #member: #zeroed)
    });
    let message = format!(
        "variant `{}` of `{}` does not have discriminant 0, so all-zero bytes are not that \
         variant; give it `= 0`, or put `#[derive(Zeroable)]` after the attributes that change \
         `{}`",
        super::attr::unraw(name),
        cx.input.name(),
        cx.input.name(),
    );
    // Only the panic is spanned at the variant: the field initializers keep
    // their fields' spans, so a non-zeroable field is reported at its type.
    let panic = respan(quote!(#core::panic!(#message)), name.span());
    let check = quote! {
        {
            let __vouch_zero = #core::mem::ManuallyDrop::new(#path { #(#fields),* });
            // The tag of a `repr(uN)` / `repr(C, uN)` enum is its first
            // `size_of::<uN>()` bytes, always initialized.
            if !unsafe { #pod::leading_bytes_zero(&__vouch_zero, #core::mem::size_of::<#int>()) } {
                #panic
            }
        }
    };
    // SAFETY: the constant builds the real variant from zeroed fields
    // (`const_zeroed` requires each field's real type to be `Zeroable`; for
    // a generic enum `zero_fields` proves it for every argument) and proves
    // its tag, the first `size_of::<Int>()` bytes of a `repr(uN)` or
    // `repr(C, uN)` enum, which no argument changes, is all zeroes: all-zero
    // bytes are that variant with zeroed fields.
    //
    // The tag is read as the integer type the derive saw; an attribute after
    // the derive may have widened the real one (a `u16` tag of 256 has a
    // zero first byte). As a second proof that covers any tag width, a
    // constant of the item (its probe instance if generic) is made from
    // all-zero bytes: rustc validates the value of every constant, tag and
    // fields, and rejects one that is not a valid value of its type.
    let all_zero = respan(
        quote! {
            #core::mem::transmute::<[#core::primitive::u8; #core::mem::size_of::<#measured>()], #measured>(
                [0; #core::mem::size_of::<#measured>()],
            )
        },
        name.span(),
    );
    // Spanned at the variant, so rustc's error points there; the `unsafe`
    // keeps the call-site span (see `Cx::unsafe_impl`).
    let zero_head = respan(quote!(const _: #measured =), name.span());
    let imp = cx.unsafe_impl("Zeroable", &TokenStream::new());
    quote! {
        #field_proof
        const _: () = #check;
        #zero_head unsafe { #all_zero };
        #imp
    }
}

/// For a generic enum: every field of the zero variant is `Zeroable`,
/// whatever the arguments, matched on the real variant.
fn zero_fields(cx: &Cx<'_>, variant: &Variant<'_>) -> TokenStream {
    let Cx { core, pod, .. } = cx;
    let ident = cx.input.ident();
    let name = variant.ident;
    let this = super::expand::this();
    let bindings: Vec<_> = (0..variant.fields.len())
        .map(|i| format_ident!("__vouch_field{}", i))
        .collect();
    let members = variant.fields.iter().map(|field| &field.member);
    let checks = variant
        .fields
        .iter()
        .zip(&bindings)
        .map(|(field, binding)| {
            let span = field.ty.span();
            let helper = respan(quote!(#pod::is_zeroable), span);
            let place = respan(quote!(#core::ptr::from_ref(#binding)), span);
            quote_spanned!(span=> #helper(#place);)
        });
    let body = quote! {
        #[allow(unreachable_patterns)]
        match #this {
            #ident::#name { #(#members: #bindings),* } => { #(#checks)* }
            _ => {}
        };
    };
    cx.proof_fn("zero_fields", &body)
}

fn checked(cx: &Cx<'_>, int: EnumInt, variants: &[Variant<'_>]) -> TokenStream {
    let core = &cx.core;
    let int_ty = int_path(cx, int);
    let size = tag_size(cx, int);
    let values = discriminants(cx, int, variants);
    let names: Vec<_> = (0..values.len())
        .map(|i| format_ident!("__VOUCH_D{}", i))
        .collect();
    let bits = format_ident!("__vouch_bits");
    let body = quote! {
        type Bits = #int_ty;

        #[inline]
        #[allow(unreachable_patterns)]
        fn is_valid_bit_pattern(#bits: &#int_ty) -> #core::primitive::bool {
            #(const #names: #int_ty = #values;)*
            match *#bits {
                #(#names)|* => true,
                _ => false,
            }
        }
    };
    // SAFETY: the tag of a fieldless enum with an integer or C repr is its
    // whole value (`tag_size` asserts the enum is exactly `Int`), so `Bits`
    // is that integer; a value is valid exactly when it equals the
    // discriminant of a variant, each read from the real enum as
    // `Item::Variant as Int`, never recomputed.
    let imp = cx.unsafe_impl("CheckedBitPattern", &body);
    quote!(#size #imp)
}

/// A match over the variants the derive saw, exhaustive only if the real
/// enum has no others: `Contiguous` promises every value lies in
/// `MIN_VALUE..=MAX_VALUE`, which a variant added by an attribute after the
/// derive could break.
fn all_variants(cx: &Cx<'_>, variants: &[Variant<'_>]) -> TokenStream {
    let ident = cx.input.ident();
    let this = super::expand::this();
    let names = variants.iter().map(|variant| variant.ident);
    // The scrutinee carries the enum's span, where rustc reports a variant
    // the match misses.
    let scrutinee = respan(quote!(*#this), ident.span());
    let body = quote! {
        match #scrutinee {
            #(#ident::#names { .. })|* => {}
        }
    };
    cx.proof_fn("all_variants", &body)
}

fn contiguous(cx: &Cx<'_>, int: EnumInt, variants: &[Variant<'_>]) -> TokenStream {
    let Cx {
        core, pod, this_ty, ..
    } = cx;
    let int_ty = int_path(cx, int);
    let unsigned = unsigned_path(cx, int);
    let size = tag_size(cx, int);
    let values = discriminants(cx, int, variants);
    let n = values.len();
    let span_of_last = Literal::u128_suffixed(u128::try_from(n.saturating_sub(1)).unwrap_or(0));
    let extreme = |keep: TokenStream| {
        quote! {{
            let __vouch_values: [#int_ty; #n] = [#(#values),*];
            let mut __vouch_best = __vouch_values[0];
            let mut __vouch_i = 1;
            while __vouch_i < #n {
                if __vouch_values[__vouch_i] #keep __vouch_best {
                    __vouch_best = __vouch_values[__vouch_i];
                }
                __vouch_i += 1;
            }
            __vouch_best
        }}
    };
    let max = extreme(quote!(>));
    let min = extreme(quote!(<));
    let message = format!(
        "the discriminants of `{}` are not contiguous, so some integer between its smallest \
         and largest is not a variant; number the variants without gaps (e.g. `A = 1, B, C`)",
        cx.input.name()
    );
    let check = respan(
        quote! {
            {
                let __vouch_min = <#this_ty as #pod::Contiguous>::MIN_VALUE;
                let __vouch_max = <#this_ty as #pod::Contiguous>::MAX_VALUE;
                let __vouch_span = #int_ty::wrapping_sub(__vouch_max, __vouch_min) as #unsigned;
                if __vouch_span as #core::primitive::u128 != #span_of_last {
                    #core::panic!(#message)
                }
            }
        },
        cx.input.ident().span(),
    );
    let body = quote! {
        type Int = #int_ty;
        const MAX_VALUE: #int_ty = #max;
        const MIN_VALUE: #int_ty = #min;
    };
    // SAFETY: `MIN_VALUE` and `MAX_VALUE` are the extremes of the
    // discriminants, read from the real enum, whose variants are exactly
    // the ones seen (`all_variants`: a variant added after the derive, even
    // outside the range, fails that match); the constant proves
    // `MAX_VALUE - MIN_VALUE == variants - 1`, and discriminants are
    // distinct, so every integer in the range is exactly one variant; a
    // fieldless enum with that repr has the size and alignment of `Int`
    // (`tag_size` asserts the size, so no `align` hint or later `repr`
    // change widened it).
    let exhaustive = all_variants(cx, variants);
    let imp = cx.unsafe_impl("Contiguous", &body);
    quote! {
        #size
        #exhaustive
        #imp
        const _: () = #check;
    }
}
