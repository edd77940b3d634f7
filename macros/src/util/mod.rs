//! What every capability shares: the entry-point wrappers, the error
//! collector, the crate-path override, the `repr` parser and the scope that
//! hides generated helpers.

pub(crate) mod attr;
mod errors;
pub(crate) mod ident;
pub(crate) mod krate;
pub(crate) mod repr;
mod scope;
mod tokens;

pub(crate) use errors::Errors;
pub(crate) use krate::CratePath;
pub(crate) use scope::{const_scope, lint_allows};
pub(crate) use tokens::{flatten, is_path_separator, replace_self, respan, split_commas};

use proc_macro2::{Span, TokenStream};
use std::panic::{AssertUnwindSafe, catch_unwind};

/// Runs a derive: parses the item, expands it, and turns every error into
/// `compile_error!` tokens. A panic becomes an "internal error" too, so a
/// user never sees a proc-macro crash, whatever the input.
pub(crate) fn derive(
    input: proc_macro::TokenStream,
    expand: crate::registry::Derive,
) -> proc_macro::TokenStream {
    let input = TokenStream::from(input);
    guard(|| expand(&syn::parse2(input)?)).into()
}

/// Runs an attribute macro. `expand` receives the attribute's arguments and
/// the item; it decides itself what to emit next to its errors (typically
/// the item with the macro's helper attributes removed, so the rest of the
/// crate still compiles, and never an `unsafe impl`): tokens with its
/// errors inside, or an error that replaces the item.
pub(crate) fn attribute(
    args: proc_macro::TokenStream,
    input: proc_macro::TokenStream,
    expand: crate::registry::Attribute,
) -> proc_macro::TokenStream {
    let (args, input) = (TokenStream::from(args), TokenStream::from(input));
    guard(|| expand(args, input)).into()
}

/// Calls `expand`, mapping errors and panics to `compile_error!` tokens.
pub(crate) fn guard(expand: impl FnOnce() -> syn::Result<TokenStream>) -> TokenStream {
    match catch_unwind(AssertUnwindSafe(expand)) {
        Ok(Ok(tokens)) => tokens,
        Ok(Err(error)) => error.into_compile_error(),
        Err(payload) => {
            let what = payload
                .downcast_ref::<&str>()
                .map(|s| (*s).to_owned())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            let message = format!(
                "internal error in vouch-macros: {what}; this is a bug in vouch, \
                 please report it with the item that caused it"
            );
            syn::Error::new(Span::call_site(), message).into_compile_error()
        }
    }
}
