//! What a builder builds: a struct (`derive(Builder)`), or the call of a
//! function or method (`#[vouch::builder]` on a `fn`, `#[vouch::bon]` on an
//! impl block). A leaf: parsing fills it, checking and generation read it.

use syn::{Attribute, Ident, Type};

/// The thing `build()` / `call()` produces.
pub(crate) enum Target {
    /// `derive(Builder)`: the finishing method is a struct literal.
    Struct,
    /// A builder for a function: the finishing method calls it.
    Function(Box<Function>),
}

/// A function whose parameters are the builder's members.
pub(crate) struct Function {
    /// The function's own name: what messages call it.
    pub(crate) name: Ident,
    /// The name the original function keeps under the builder; the
    /// finishing method calls it.
    pub(crate) orig: Ident,
    /// The type of the impl block of a method or associated function.
    pub(crate) self_ty: Option<Box<Type>>,
    /// The impl block's generics, as written.
    pub(crate) impl_generics: Option<Box<syn::Generics>>,
    /// The function's own generics, with a parameter for each elided
    /// lifetime and each `impl Trait` of its parameters.
    pub(crate) own_generics: syn::Generics,
    /// The receiver of a method, as the builder stores it: `self` by value
    /// is `Self`, `&self` is `&'r Self`, with `Self` spelled out.
    pub(crate) receiver: Option<Box<Type>>,
    /// The return type, with `Self` spelled out and elided lifetimes named.
    pub(crate) output: Option<Box<Type>>,
    pub(crate) asyncness: Option<syn::token::Async>,
    pub(crate) unsafety: Option<syn::token::Unsafe>,
    /// Attributes of the function that belong on the start function too:
    /// `#[deprecated]`, `#[cfg]`, `#[allow(..)]`, ...
    pub(crate) start_attrs: Vec<Attribute>,
    /// Attributes of the function that belong on the finishing method:
    /// `#[track_caller]`, `#[target_feature(..)]`.
    pub(crate) finish_attrs: Vec<Attribute>,
    /// `::<T, N>` to call the original with.
    pub(crate) turbofish: proc_macro2::TokenStream,
}

impl Target {
    /// The function, for a function builder.
    pub(crate) fn function(&self) -> Option<&Function> {
        match self {
            Target::Struct => None,
            Target::Function(function) => Some(function),
        }
    }
}
