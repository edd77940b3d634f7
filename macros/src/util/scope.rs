//! The one scope generated helpers live in.

use proc_macro2::TokenStream;
use quote::quote;

/// Wraps non-public generated items in `const _: () = { ... };`, so none of
/// their names can clash with the user's or leak into the user's namespace.
pub(crate) fn const_scope(body: &TokenStream) -> TokenStream {
    let allows = lint_allows();
    quote! {
        #allows
        const _: () = {
            #body
        };
    }
}

/// The lints generated code must never trigger in a user crate, with why:
/// - `non_camel_case_types`, `non_snake_case`: hygienic helper names;
/// - `unused_qualifications`: generated paths are absolute on purpose;
/// - `clippy::pedantic`, `clippy::nursery`, `clippy::restriction`: users
///   enable these for their code, and generated code is not theirs to fix;
/// - `unreachable_code`, `dead_code`: compile-time proofs are never run;
/// - `clippy::suspicious`: generated code may restate a bound the user's
///   item has implicitly (a builder's `T: 'a` of a `&'a T` argument);
/// - `deprecated`: generated code names the user's deprecated items, whose
///   users' own `allow` cannot reach it.
pub(crate) fn lint_allows() -> TokenStream {
    quote! {
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
    }
}
