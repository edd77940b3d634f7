//! Generation of the finishing method: `build()` of a struct's builder,
//! `call()` of a function's. Both bind each field or argument from its
//! slot (or its default) in declaration order; `build()` makes the struct,
//! `call()` runs the function's body or, for an associated function, calls
//! it where it was written.

use crate::builder::expand::{Cx, doc_or};
use crate::builder::model::{Function, Host, MemberKind, Target};
use crate::util::lint_allows;
use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::Ident;

impl Cx<'_> {
    pub(super) fn finish_fn(&self) -> TokenStream {
        let (rt, core) = (&self.rt, &self.core);
        let model = self.model;
        let header = self.impl_header(&self.slot_params());
        let self_ty = self.builder_ty(&self.generic_state());
        let where_clause = self.where_clause();
        let (finish, vis, ident) = (&model.finish_fn, &model.finish_vis, &model.ident);
        let struct_ty = self.struct_ty();
        let target_ty = self.target_ty();
        let function = match &model.target {
            Target::Function(function) => Some(&**function),
            Target::Struct => None,
        };
        // A function's body reads its arguments by name.
        let named = function.is_some() || model.has_user_exprs();
        let required_trait = if function.is_some() {
            quote!(RequiredArg)
        } else {
            quote!(Required)
        };
        let slot_locals: Vec<Ident> = (0..self.slots.len())
            .map(|i| format_ident!("__vouch_slot{}", i, span = Span::mixed_site()))
            .collect();
        let found = Ident::new("__vouch_value", Span::mixed_site());
        // The receiver is hygienic: a `self` in a user's `default = ...`
        // expression does not name the builder (whose private state it
        // could otherwise reach); rustc reports it as a `self` outside a
        // method.
        let this = Ident::new("self", Span::mixed_site());
        let mut bounds = Vec::new();
        let mut lets = Vec::new();
        let mut fields = Vec::new();
        for (i, member) in model.members.iter().enumerate() {
            let field = &member.ident;
            let ty = &member.ty;
            // With a user expression in play, the fields before it are in
            // scope under their own names; otherwise the locals are hygienic.
            let local = if named {
                field.clone()
            } else {
                format_ident!("__vouch_field{}", i, span = Span::mixed_site())
            };
            let slot = member
                .slot
                .and_then(|s| Some((self.slots.get(s)?, slot_locals.get(s)?)));
            let value = match (&member.kind, slot) {
                (MemberKind::Required, Some((param, slot))) => {
                    let (setter, module) = (&member.setter, &self.names);
                    let required = quote!(
                        #rt::#required_trait<#module::#field, #module::#setter, #target_ty, #ty>
                    );
                    bounds.push(quote!(#param: #required));
                    quote!(<#param as #required>::take(#slot))
                }
                (MemberKind::Optional { inner, default }, Some((param, slot))) => {
                    let stored = quote!(#core::option::Option<#inner>);
                    bounds.push(quote!(#param: #rt::Optional<#stored>));
                    let fallback = default
                        .as_ref()
                        .map_or_else(|| quote!(#core::option::Option::None), |expr| quote!(#expr));
                    // Through `CoreOption`, spanned at the type: a user's
                    // own `Option` is reported there, saying what to write,
                    // and the value still has the field's type (no second
                    // error for the mismatch).
                    let span = syn::spanned::Spanned::span(ty);
                    let from_core =
                        quote_spanned!(span=> <#ty as #rt::CoreOption<#inner>>::from_core);
                    quote! {
                        #from_core(match <#param as #rt::Optional<#stored>>::into_option(#slot) {
                            #core::option::Option::Some(#found) => #found,
                            #core::option::Option::None => #fallback,
                        })
                    }
                }
                (MemberKind::Default { key, expr }, Some((param, slot))) => {
                    // The slot holds `Some(value)`, or `None` from
                    // `maybe_x(None)`: the default either way.
                    let stored = quote!(#core::option::Option<#ty>);
                    bounds.push(quote!(#param: #rt::Optional<#stored>));
                    let fallback = default_value(ty, *key, expr.as_ref(), core);
                    quote! {
                        match <#param as #rt::Optional<#stored>>::into_option(#slot) {
                            #core::option::Option::Some(#core::option::Option::Some(#found)) => #found,
                            _ => #fallback,
                        }
                    }
                }
                (MemberKind::Skip { key, expr }, _) => default_value(ty, *key, expr.as_ref(), core),
                // A settable field always has a slot (check.rs numbers them).
                (_, None) => continue,
            };
            let mutability = &member.mutability;
            lets.push(quote!(let #mutability #local: #ty = #value;));
            fields.push(quote!(#field: #local));
        }
        if let Some(function) = function {
            return self.call_fn(function, &bounds, &slot_locals, &lets);
        }
        let doc = format!(" Builds the `{ident}`. Exists once every required field is set.");
        let doc = doc_or(model.finish_docs.as_ref(), &doc);
        let allows = lint_allows();
        quote! {
            #[automatically_derived]
            #allows
            impl #header #self_ty #where_clause {
                #doc
                #[inline(always)]
                #[must_use]
                #vis fn #finish(#this) -> #struct_ty where #(#bounds,)* {
                    let (#(#slot_locals,)*) = #this.__vouch_state;
                    #(#lets)*
                    #ident { #(#fields),* }
                }
            }
        }
    }

    /// A function builder's `call()`: binds the arguments under their own
    /// names and runs the function's body. Its impl has none of the lint
    /// allowances of the other generated items, since the body is the
    /// user's code: their lints reach it as they reached the function.
    fn call_fn(
        &self,
        function: &Function,
        bounds: &[TokenStream],
        slot_locals: &[Ident],
        lets: &[TokenStream],
    ) -> TokenStream {
        let model = self.model;
        let header = self.impl_header(&self.slot_params());
        let self_ty = self.builder_ty(&self.generic_state());
        let where_clause = self.where_clause();
        let (finish, vis, ident) = (&model.finish_fn, &model.finish_vis, &model.ident);
        let this = Ident::new("self", Span::mixed_site());
        let Function {
            asyncness,
            unsafety,
            output,
            body,
            attrs,
            host,
            ..
        } = function;
        // An associated function runs where it was written, so `Self` and
        // `self::` keep their meaning: `call()` calls it.
        // The body's statements follow the arguments' bindings, in one
        // block as in the function (a nested block would be rustc's
        // `unused_braces` at the user's braces).
        let body = host.as_ref().map_or_else(
            || {
                let stmts = &body.stmts;
                quote!(#(#stmts)*)
            },
            |host| {
                let Host {
                    self_ty,
                    body_fn,
                    turbofish,
                    ..
                } = host;
                let turbofish = if turbofish.is_empty() {
                    TokenStream::new()
                } else {
                    quote!(::<#(#turbofish),*>)
                };
                let args = model.members.iter().map(|member| &member.ident);
                let this = Ident::new("self", Span::mixed_site());
                let receiver = host
                    .receiver
                    .as_ref()
                    .map(|_| quote!(#this.__vouch_receiver,));
                let mut call = quote!(<#self_ty>::#body_fn #turbofish(#receiver #(#args),*));
                if unsafety.is_some() {
                    // SAFETY: `call()` is as unsafe as the function, and
                    // its caller takes on the function's contract.
                    call = quote!(unsafe { #call });
                }
                if asyncness.is_some() {
                    call = quote!(#call.await);
                }
                call
            },
        );
        let doc = format!(
            " Calls `{ident}` with the arguments set. Exists once every required argument \
             is set."
        );
        let doc = doc_or(model.finish_docs.as_ref(), &doc);
        quote! {
            #[automatically_derived]
            impl #header #self_ty #where_clause {
                #doc
                #(#attrs)*
                #vis #asyncness #unsafety fn #finish(#this) #output where #(#bounds,)* {
                    let (#(#slot_locals,)*) = #this.__vouch_state;
                    #(#lets)*
                    #body
                }
            }
        }
    }
}

/// `expr`, or `Default::default()` spanned at the `default`/`skip` key so a
/// type without `Default` is reported there.
fn default_value(
    ty: &syn::Type,
    key: Span,
    expr: Option<&syn::Expr>,
    core: &TokenStream,
) -> TokenStream {
    expr.map_or_else(
        || quote_spanned!(key=> <#ty as #core::default::Default>::default()),
        |expr| quote!(#expr),
    )
}
