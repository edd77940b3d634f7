//! bon's `generics(setters(..))`: a method of the builder per type
//! parameter that changes it to another type (`conv_t::<U>()` turns a
//! `Builder<T, S>` into a `Builder<U, S>`). Two phases, kept apart as in
//! the rest of the builder: [`check`] (run by `check/`) decides which
//! parameters get a method and refuses what cannot be converted;
//! [`Cx::conversions`] (run by `expand/`) writes the methods.
//!
//! A conversion moves every value whose type does not name the parameter
//! into the new builder, and gives each member whose type names it an empty
//! slot at the new type: those members must be unset, a bound on their
//! state (the runtime's `Convertible`). What the builder holds from its
//! start (a method's receiver, `start_fn` and `field` members) has no
//! state, so a type of theirs that names a parameter is refused here, as
//! are bounds that tie two type parameters together (no single conversion
//! could keep them true) and const parameters, as bon refuses them.

use crate::builder::expand::Cx;
use crate::builder::model::{Conversion, GenericSetters, MemberKind, Model};
use crate::util::Errors;
use crate::util::ident::{fresh, name};
use proc_macro2::{Group, Ident, Spacing, TokenStream, TokenTree};
use quote::{ToTokens, format_ident, quote};
use syn::GenericParam;

/// Checks `generics(setters(..))` against the item and fills
/// [`Model::conversions`]: one per type parameter (lifetimes get none).
pub(crate) fn check(model: &mut Model, errors: &mut Errors) {
    let Some(setters) = model.options.generic_setters.as_ref() else {
        return;
    };
    let setters = &setters.value;
    let params: Vec<&syn::TypeParam> = model
        .generics
        .params
        .iter()
        .filter_map(|param| match param {
            GenericParam::Type(ty) => Some(ty),
            _ => None,
        })
        .collect();
    let names: Vec<String> = params.iter().map(|param| name(&param.ident)).collect();
    for param in &model.generics.params {
        if let GenericParam::Const(konst) = param {
            errors.spanned(
                &konst.ident,
                format_args!(
                    "`generics(setters(..))` makes a conversion method per type parameter, and \
                     cannot change the const parameter `{}`; remove `generics(setters(..))`, or \
                     the const parameter",
                    konst.ident
                ),
            );
        }
    }
    for param in &params {
        let own = name(&param.ident);
        let others: Vec<String> = names.iter().filter(|n| **n != own).cloned().collect();
        let bounds = param.bounds.to_token_stream();
        if let Some(other) = uses(&bounds, &others).first() {
            errors.spanned(
                other,
                format_args!(
                    "`generics(setters(..))` changes one type parameter at a time, and the bounds \
                     of `{own}` name `{other}`, so changing either alone could break them; remove \
                     `generics(setters(..))`, or write bounds that name one type parameter each"
                ),
            );
        }
    }
    for predicate in model
        .generics
        .where_clause
        .iter()
        .flat_map(|clause| &clause.predicates)
    {
        let mut tied: Vec<String> = Vec::new();
        for used in uses(&predicate.to_token_stream(), &names) {
            if !tied.contains(&name(&used)) {
                tied.push(name(&used));
            }
        }
        if let [first, second, ..] = tied.as_slice() {
            errors.spanned(
                predicate,
                format_args!(
                    "`generics(setters(..))` changes one type parameter at a time, and this bound \
                     names `{first}` and `{second}`, so changing either alone could break it; \
                     remove `generics(setters(..))`, or write bounds that name one type parameter \
                     each"
                ),
            );
        }
    }
    check_held(model, &names, errors);
    let conversions = params
        .iter()
        .filter_map(|param| {
            let method = method_name(setters, &param.ident, errors)?;
            let members = model
                .members
                .iter()
                .enumerate()
                .filter(|(_, member)| member.slot.is_some())
                .filter(|(_, member)| {
                    let ty = member.ty.to_token_stream();
                    !uses(&ty, &[name(&param.ident)]).is_empty()
                })
                .map(|(i, _)| i)
                .collect();
            Some(Conversion {
                param: param.ident.clone(),
                method,
                members,
            })
        })
        .collect();
    model.conversions = conversions;
    check_names(model, setters, errors);
}

/// What the builder holds from its start cannot change type: a receiver,
/// `start_fn` or `field` member whose type names a type parameter.
fn check_held(model: &Model, names: &[String], errors: &mut Errors) {
    let receiver = model.target.function().and_then(|function| {
        let ty = function.receiver.as_deref()?;
        Some((ty, function.receiver_span?))
    });
    if let Some((ty, span)) = receiver
        && let Some(used) = uses(&ty.to_token_stream(), names).first()
    {
        errors.at(
            span,
            format_args!(
                "the builder holds this method's receiver from its start, and its type names \
                 `{used}`, which a conversion method of `generics(setters(..))` changes, while a \
                 value cannot change its type; remove `generics(setters(..))`, or make the method \
                 an associated function (no `self`)"
            ),
        );
    }
    for member in &model.members {
        let key = match member.kind {
            MemberKind::Start => "start_fn",
            MemberKind::Field { .. } => "field",
            _ => continue,
        };
        if let Some(used) = uses(&member.ty.to_token_stream(), names).first() {
            errors.spanned(
                used,
                format_args!(
                    "the builder holds `{}` (a `{key}` member) from its start, and its type names \
                     `{used}`, which a conversion method of `generics(setters(..))` changes, \
                     while a value cannot change its type; give `{}` a setter instead of \
                     `{key}`, or remove `generics(setters(..))`",
                    member.name(),
                    member.name(),
                ),
            );
        }
    }
}

/// The pattern with `{}` replaced by the parameter's name in snake case,
/// as bon names them (`NewT` -> `new_t`); a keyword becomes a raw
/// identifier.
fn method_name(setters: &GenericSetters, param: &Ident, errors: &mut Errors) -> Option<Ident> {
    let mut snake = String::new();
    for (i, c) in name(param).chars().enumerate() {
        if c.is_uppercase() && i > 0 {
            snake.push('_');
        }
        snake.extend(c.to_lowercase());
    }
    let text = setters.pattern.value().replace("{}", &snake);
    let span = setters.pattern.span();
    if syn::parse_str::<Ident>(&text).is_ok() {
        return Some(Ident::new(&text, span));
    }
    if syn::parse_str::<Ident>(&format!("r#{text}")).is_ok() {
        return Some(Ident::new_raw(&text, span));
    }
    errors.spanned(
        &setters.pattern,
        format_args!(
            "this name pattern makes `{text}` for the type parameter `{param}`, which is not an \
             identifier; write a pattern that makes one, e.g. `\"conv_{{}}\"`"
        ),
    );
    None
}

/// A conversion method may not share its name with another method of the
/// builder: a setter, a getter, the finishing method, another conversion.
fn check_names(model: &Model, setters: &GenericSetters, errors: &mut Errors) {
    let mut taken: Vec<(String, String)> = vec![(
        name(&model.finish_fn),
        format!("the finishing method `{}()`", model.finish_fn),
    )];
    for member in &model.members {
        let Some(setter) = &member.setter else {
            continue;
        };
        let what = format!("a setter of `{}`", member.name());
        if let Some(plain) = member.plain_setter() {
            taken.push((name(&plain), what.clone()));
        }
        if member.maybe_of().is_some()
            && let Some(maybe) = member.maybe_setter()
        {
            taken.push((name(&maybe), what));
        }
        if let Some(getter) = &member.options.getter {
            let getter = getter
                .value
                .name
                .clone()
                .unwrap_or_else(|| format_ident!("get_{}", name(setter)));
            taken.push((name(&getter), format!("the getter of `{}`", member.name())));
        }
    }
    for conversion in &model.conversions {
        let method = name(&conversion.method);
        if let Some((_, other)) = taken.iter().find(|(taken, _)| *taken == method) {
            errors.spanned(
                &setters.pattern,
                format_args!(
                    "the conversion method of `{}` would be named `{method}`, like {other}; \
                     write another name pattern",
                    conversion.param
                ),
            );
        } else {
            taken.push((
                method,
                format!("the conversion method of `{}`", conversion.param),
            ));
        }
    }
}

/// Every identifier of `tokens` that names one of the type parameters
/// `params` (see [`map_uses`]).
fn uses(tokens: &TokenStream, params: &[String]) -> Vec<Ident> {
    let mut found = Vec::new();
    map_uses(tokens.clone(), params, &mut |ident| {
        found.push(ident.clone());
        None
    });
    found
}

/// `tokens` with each identifier that names one of the type parameters
/// `params` replaced by what `replace` returns for it (kept when `None`).
/// An identifier names a parameter unless it is a lifetime (`'T`), a
/// segment after `::` (the associated type of `T::T` or `<T as Tr>::T`),
/// or, inside `<..>`, an associated type bound or binding (`Tr<T = X>`,
/// `Tr<T: Bound>`).
fn map_uses(
    tokens: TokenStream,
    params: &[String],
    replace: &mut dyn FnMut(&Ident) -> Option<Ident>,
) -> TokenStream {
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    let mut depth = 0_usize;
    let mut out = TokenStream::new();
    for (i, tree) in trees.iter().enumerate() {
        let previous = i.checked_sub(1).and_then(|p| trees.get(p));
        match tree {
            TokenTree::Group(group) => {
                let mut new =
                    Group::new(group.delimiter(), map_uses(group.stream(), params, replace));
                new.set_span(group.span());
                out.extend([TokenTree::Group(new)]);
                continue;
            }
            TokenTree::Punct(punct) if punct.as_char() == '<' => depth += 1,
            TokenTree::Punct(punct) if punct.as_char() == '>' && !is_joint(previous, '-') => {
                depth = depth.saturating_sub(1);
            }
            TokenTree::Ident(ident) if params.contains(&name(ident)) => {
                let before = i.checked_sub(2).and_then(|p| trees.get(p));
                let after = trees.get(i + 1);
                let lifetime = is_punct(previous, '\'');
                let segment = is_punct(previous, ':') && is_joint(before, ':');
                let associated = depth > 0 && (is_alone(after, '=') || is_alone(after, ':'));
                if !(lifetime || segment || associated)
                    && let Some(new) = replace(ident)
                {
                    out.extend([TokenTree::Ident(new)]);
                    continue;
                }
            }
            _ => {}
        }
        out.extend([tree.clone()]);
    }
    out
}

fn is_punct(tree: Option<&TokenTree>, c: char) -> bool {
    matches!(tree, Some(TokenTree::Punct(punct)) if punct.as_char() == c)
}

fn is_joint(tree: Option<&TokenTree>, c: char) -> bool {
    matches!(tree, Some(TokenTree::Punct(punct))
        if punct.as_char() == c && punct.spacing() == Spacing::Joint)
}

fn is_alone(tree: Option<&TokenTree>, c: char) -> bool {
    matches!(tree, Some(TokenTree::Punct(punct))
        if punct.as_char() == c && punct.spacing() == Spacing::Alone)
}

impl Cx<'_> {
    /// The conversion methods, in an impl of their own next to the setters'.
    pub(super) fn conversions(&self) -> TokenStream {
        let model = self.model;
        let Some(setters) = model.options.generic_setters.as_ref() else {
            return TokenStream::new();
        };
        if model.conversions.is_empty() {
            return TokenStream::new();
        }
        self.impl_in_any_state(
            model
                .conversions
                .iter()
                .map(|conversion| self.conversion(conversion, &setters.value)),
        )
    }

    /// `fn conv_t<NewT: Bounds>(self) -> Builder<NewT, S>`, where every
    /// member whose type names `T` is unset.
    fn conversion(&self, conversion: &Conversion, setters: &GenericSetters) -> TokenStream {
        let model = self.model;
        let (rt, core, names, state) = (&self.rt, &self.core, &self.names, &self.state);
        let param = &conversion.param;
        let is_param = |ident: &Ident| crate::util::ident::same(ident, param);
        let own = [name(param)];
        let new = fresh(&crate::builder::names::user_tokens(model), "New", param, "");
        let mut to_new = |tokens: TokenStream| {
            map_uses(tokens, &own, &mut |ident| {
                Some(Ident::new(&name(&new), ident.span()))
            })
        };
        let bounds = model.generics.params.iter().find_map(|p| match p {
            GenericParam::Type(ty) if is_param(&ty.ident) && !ty.bounds.is_empty() => {
                Some(to_new(ty.bounds.to_token_stream()))
            }
            _ => None,
        });
        let new_param = bounds.map_or_else(|| quote!(#new), |bounds| quote!(#new: #bounds));
        let predicates: Vec<TokenStream> = model
            .generics
            .where_clause
            .iter()
            .flat_map(|clause| &clause.predicates)
            .map(ToTokens::to_token_stream)
            .filter(|predicate| !uses(predicate, &own).is_empty())
            .map(&mut to_new)
            .collect();
        let args = model
            .generics
            .params
            .iter()
            .zip(&self.args)
            .map(|(p, arg)| match p {
                GenericParam::Type(ty) if is_param(&ty.ident) => quote!(#new),
                _ => arg.clone(),
            });
        let builder = &model.builder;
        let returns = quote!(#builder<#(#args,)* #state>);
        let function = model.target.function().is_some();
        let bound = if function {
            quote!(ConvertibleArg)
        } else {
            quote!(Convertible)
        };
        let (method, owner) = (&conversion.method, self.owner());
        let mut slots = Vec::new();
        let unset: Vec<TokenStream> = conversion
            .members
            .iter()
            .filter_map(|i| model.members.get(*i))
            .filter_map(|member| {
                let slot = member.slot?;
                slots.push(slot);
                let (field, this) = (&member.ident, self.slot_ty(slot));
                Some(quote!(#this: #rt::#bound<#names::#field, #names::#method, #owner>))
            })
            .collect();
        let values = self.stored.iter().enumerate().map(|(slot, storage)| {
            if slots.contains(&slot) {
                storage.empty.clone()
            } else {
                let index = syn::Index::from(slot);
                quote!(self.__vouch_state.#index)
            }
        });
        let carried = self
            .carried()
            .into_iter()
            .map(|(field, _)| quote!(#field: self.#field,));
        let vis = setters.vis.as_ref().unwrap_or(&model.builder_vis);
        let docs = setters.docs.as_ref().map_or_else(
            || {
                let doc = conversion_doc(model, conversion, &new);
                quote!(#[doc = #doc])
            },
            |docs| quote!(#(#docs)*),
        );
        quote! {
            #docs
            #[inline(always)]
            #vis fn #method<#new_param>(self) -> #returns
            where
                #(#unset,)*
                #(#predicates,)*
            {
                #builder {
                    __vouch_state: (#(#values,)*),
                    #(#carried)*
                    __vouch_type: #core::marker::PhantomData,
                }
            }
        }
    }
}

/// The generated doc of a conversion method.
fn conversion_doc(model: &Model, conversion: &Conversion, new: &Ident) -> String {
    let what = if model.target.function().is_some() {
        "argument"
    } else {
        "field"
    };
    let param = &conversion.param;
    let members: Vec<String> = conversion
        .members
        .iter()
        .filter_map(|i| model.members.get(*i))
        .map(|member| format!("`{}`", member.name()))
        .collect();
    if members.is_empty() {
        return format!(
            " Changes the builder's type parameter `{param}` to `{new}`. No {what} stored in \
             the builder names `{param}`, so it keeps every value."
        );
    }
    format!(
        " Changes the builder's type parameter `{param}` to `{new}`, while every {what} whose \
         type names `{param}` is unset: {}.",
        members.join(", ")
    )
}

/// The state module's name for a conversion method, for the runtime's
/// `Convertible` bound to print (`names::conv_t`).
pub(crate) fn method_markers(model: &Model, seen: &mut Vec<String>) -> TokenStream {
    let builder = &model.builder;
    let mut out = TokenStream::new();
    for conversion in &model.conversions {
        let method = &conversion.method;
        if seen.contains(&name(method)) {
            continue;
        }
        seen.push(name(method));
        let doc = format!(
            " The method `{builder}::{}()`, which changes the type parameter `{}`.",
            name(method),
            conversion.param
        );
        out.extend(quote! {
            #[doc = #doc]
            pub enum #method {}
        });
    }
    out
}
