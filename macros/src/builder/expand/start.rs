//! The builder struct, and the start function that makes one (for a
//! struct, an associated function of it; for a function, a free function
//! in its place or an associated function of the method's type).

use super::{Cx, doc_or};
use crate::builder::model::{Function, MemberKind};
use crate::util::lint_allows;
use proc_macro2::{Span, TokenStream};
use quote::{quote, quote_spanned};
use syn::Ident;

impl Cx<'_> {
    /// The start function's parameters after the receiver (its `start_fn`
    /// members, `impl Into<T>` for `into` ones), the statements that make
    /// the `field` members (after the `start_fn` members, each in the order
    /// declared, so an expression reads those and the earlier fields by
    /// name, as bon's), and the values of what the builder carries, made
    /// from them and `receiver`.
    fn start_args(
        &self,
        receiver: Option<&Ident>,
    ) -> (Vec<TokenStream>, TokenStream, Vec<TokenStream>) {
        let core = &self.core;
        let mut params = Vec::new();
        let mut lets = TokenStream::new();
        let mut fields = TokenStream::new();
        let mut values: Vec<TokenStream> = receiver.map(|this| quote!(#this)).into_iter().collect();
        let has_fields = self
            .model
            .members
            .iter()
            .any(|member| matches!(member.kind, MemberKind::Field { .. }));
        for member in &self.model.members {
            let (ident, ty) = (&member.ident, &member.ty);
            match &member.kind {
                MemberKind::Start if member.into() => {
                    params.push(quote!(#ident: impl #core::convert::Into<#ty>));
                    if has_fields {
                        // Converted first: a field's expression reads it.
                        lets.extend(quote!(let #ident: #ty = #core::convert::Into::into(#ident);));
                        values.push(quote!(#ident));
                    } else {
                        values.push(quote!(#core::convert::Into::into(#ident)));
                    }
                }
                MemberKind::Start => {
                    params.push(quote!(#ident: #ty));
                    values.push(quote!(#ident));
                }
                MemberKind::Field { key, expr } => {
                    let value = expr.as_ref().map_or_else(
                        || quote_spanned!(*key=> <#ty as #core::default::Default>::default()),
                        |expr| quote!(#expr),
                    );
                    fields.extend(quote!(let #ident: #ty = #value;));
                    values.push(quote!(#ident));
                }
                _ => {}
            }
        }
        lets.extend(fields);
        (params, lets, values)
    }

    pub(super) fn builder_struct(&self) -> TokenStream {
        let model = self.model;
        let (builder, vis, core) = (&model.builder, &model.builder_vis, &self.core);
        let params = model.generics.params.iter();
        let names = &self.names;
        let phantom = self.phantom();
        let where_clause = self.where_clause();
        let state = &self.state;
        let doc = match model.target.function() {
            None => format!(
                " Builds a `{name}`: start with `{name}::{start}()`, call a setter per field, \
                 finish with `.{finish}()`.\n\n `{state}` is the builder's state, which fields are \
                 set: see `{names}::State`.",
                name = model.ident,
                start = model.start_fn,
                finish = model.finish_fn,
            ),
            Some(_) => format!(
                " Calls `{name}`: start with `{start}()`, call a setter per argument, \
                 finish with `.{finish}()`.\n\n `{state}` is the builder's state, which arguments \
                 are set: see `{names}::State`.",
                name = model.ident,
                start = model.start_fn,
                finish = model.finish_fn,
            ),
        };
        let receiver = self
            .carried()
            .into_iter()
            .map(|(name, ty)| quote!(#name: #ty,))
            .collect::<TokenStream>();
        // The values' type depends on the struct's generics only, never on
        // the state: a setter moves the tuple and stores one value, so
        // type checking it costs the same whatever the number of fields.
        let values = self.stored.iter().map(|storage| &storage.ty);
        let values = quote!((#(#values,)*));
        // `#[must_use]` on the type covers the start function and every
        // setter (they return it); the same attribute on each of them too
        // would report every dropped builder twice.
        let must_use = format!(
            "a builder does nothing until `.{}()` is called",
            model.finish_fn
        );
        let doc = doc_or(model.builder_docs.as_ref(), &doc);
        // The builder is the one generated item outside the hidden scope:
        // the user's lints on it (pedantic, restriction, missing `Debug`
        // or `Copy`) are about code they did not write.
        let allows = lint_allows();
        quote! {
            #doc
            #[must_use = #must_use]
            #allows
            #[allow(
                missing_debug_implementations,
                missing_copy_implementations,
                deprecated,
                explicit_outlives_requirements,
            )]
            #vis struct #builder<#(#params,)* #state: #names::State = #names::Empty> #where_clause {
                __vouch_state: #values,
                #receiver
                __vouch_type: #core::marker::PhantomData<(fn() -> #phantom, fn() -> #state)>,
            }
        }
    }

    /// The start function of a function builder: a free function in the
    /// function's place, or for a method an associated function of the
    /// impl's type that takes the receiver.
    fn start_of_function(&self, function: &Function) -> TokenStream {
        let model = self.model;
        let (vis, start, konst) = (&model.start_vis, &model.start_fn, &self.konst);
        let ty = self.initial_builder_ty();
        let attrs = &function.start_attrs;
        let has_docs = attrs.iter().any(|attr| attr.path().is_ident("doc"));
        let doc = if has_docs || model.start_docs.is_some() {
            model
                .start_docs
                .as_ref()
                .map(|docs| quote!(#(#docs)*))
                .unwrap_or_default()
        } else {
            let doc = format!(
                " Starts a call of `{}`: call a setter per argument, then `.{}()`.",
                model.ident, model.finish_fn
            );
            quote!(#[doc = #doc])
        };
        let attrs = attrs
            .iter()
            .filter(|attr| !(model.start_docs.is_some() && attr.path().is_ident("doc")));
        let this = Ident::new("self", Span::call_site());
        let receiver = self.receiver().map(|ty| quote!(#this: #ty,));
        let (params, lets, args) = self.start_args(receiver.as_ref().map(|_| &this));
        let value = self.rebuild(&self.initial_state(), Some(&args));
        let value = quote!(#lets #value);
        let Some(self_ty) = &function.self_ty else {
            let generics = &model.generics.params;
            let where_clause = self.where_clause();
            let allows = lint_allows();
            return quote! {
                #(#attrs)*
                #doc
                #[inline(always)]
                #allows
                #vis #konst fn #start<#generics>(#(#params),*) -> #ty #where_clause {
                    #value
                }
            };
        };
        let impl_generics = function
            .impl_generics
            .as_deref()
            .cloned()
            .unwrap_or_default();
        let header = &impl_generics.params;
        let preds = &impl_generics.where_clause;
        let own = &function.own_generics.params;
        let own_preds = &function.own_generics.where_clause;
        let allows = lint_allows();
        quote! {
            #[automatically_derived]
            #allows
            impl <#header> #self_ty #preds {
                #(#attrs)*
                #doc
                #[inline(always)]
                #vis #konst fn #start <#own> (#receiver #(#params),*) -> #ty #own_preds {
                    #value
                }
            }
        }
    }

    pub(super) fn start_fn(&self) -> TokenStream {
        if let Some(function) = self.model.target.function() {
            return self.start_of_function(function);
        }
        let model = self.model;
        let (vis, start, konst) = (&model.start_vis, &model.start_fn, &self.konst);
        let header = self.impl_header(&[]);
        let struct_ty = self.struct_ty();
        let where_clause = self.where_clause();
        let (params, lets, args) = self.start_args(None);
        let value = self.rebuild(&self.initial_state(), Some(&args));
        let value = quote!(#lets #value);
        let ty = self.initial_builder_ty();
        let allows = lint_allows();
        let doc = format!(
            " Starts a builder of `{}`: call a setter per field, then `.{}()`.",
            model.ident, model.finish_fn
        );
        let doc = doc_or(model.start_docs.as_ref(), &doc);
        quote! {
            #[automatically_derived]
            #allows
            impl #header #struct_ty #where_clause {
                #doc
                #[inline(always)]
                #vis #konst fn #start(#(#params),*) -> #ty {
                    #value
                }
            }
        }
    }
}
