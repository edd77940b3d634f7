//! Generation: the names the builder declares or uses that a reader may
//! see, in rustdoc or in a compile error. None is a generated `__` name:
//!
//! - the state module next to the builder, named after it in snake case
//!   (`config_builder` for `ConfigBuilder`), as bon names it: its typestate
//!   API (`State` with an associated type per member named after it in
//!   camel case, `Empty`, `SetPort<S>`, `IsComplete`), and an empty enum per
//!   field and per setter named exactly like it: the runtime's state traits
//!   take them as parameters and print them in their messages;
//! - the builder's state parameter `S`, renamed with a trailing `_` when
//!   the user's tokens already use the name.

use crate::builder::model::{MemberKind, Model, Target};
use crate::util::ident::{fresh, name};
use crate::util::lint_allows;
use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote};
use syn::Ident;

/// The generated names of one builder.
pub(crate) struct Names {
    /// One associated type of the state trait per slot, the member's name
    /// in camel case, as bon names them (`Port`, `r#self` -> `Self_`).
    pub(crate) slots: Vec<Ident>,
    /// The builder's state parameter (`S`).
    pub(crate) state: Ident,
    /// The state module (`config_builder`).
    pub(crate) module: Ident,
}

impl Names {
    pub(crate) fn new(model: &Model) -> Names {
        // Every name the user wrote that the state parameter could shadow
        // inside the impls.
        let taken = user_tokens(model);
        let mut slots: Vec<Ident> = Vec::new();
        for member in model.members.iter().filter(|member| member.slot.is_some()) {
            // Two members whose names differ only in `_`s (`a_b`, `aB`)
            // would meet in one name: the later one takes a trailing `_`.
            let mut text = camel_case(&member.name());
            while slots.iter().any(|slot| *slot == text) {
                text.push('_');
            }
            slots.push(Ident::new(&text, Span::call_site()));
        }
        Names {
            state: fresh(&taken, "", &format_ident!("S"), ""),
            slots,
            module: model
                .options
                .state_mod
                .as_ref()
                .and_then(|named| named.value.name.clone())
                .unwrap_or_else(|| module_name(&model.builder)),
        }
    }
}

/// The state module, next to the builder and with its visibility: bon's
/// typestate API (`State`, one associated type per member, `Empty`,
/// `SetPort<S>`, `IsComplete`, `IsSet`, `IsUnset`), for the user's own
/// methods on the builder; then one uninhabited type per field and per
/// setter, named exactly like it. The runtime's state traits take those as
/// parameters and print them in their messages; being reachable, they print
/// as their bare name when it is unique, else as their path. A module of
/// their own, so a name like a field cannot shadow a type that a field's
/// type or a `default = ...` expression names.
pub(crate) fn module(model: &Model, names: &Ident, slots: &[Ident]) -> TokenStream {
    let state_mod = model.options.state_mod.as_ref().map(|named| &named.value);
    let vis = state_mod
        .and_then(|named| named.vis.as_ref())
        .unwrap_or(&model.builder_vis);
    let (ident, builder) = (&model.ident, &model.builder);
    let what = match &model.target {
        Target::Struct => "field",
        Target::Function(_) => "argument",
    };
    let mut seen = Vec::new();
    let mut out = TokenStream::new();
    for member in &model.members {
        let Some(setter) = &member.setter else {
            continue;
        };
        let field = member.name();
        let setter_name = name(setter);
        let mut entries = vec![(
            &member.ident,
            format!(" The {what} `{field}` of `{ident}`, set by `{builder}::{setter_name}()`."),
        )];
        if setter_name != field {
            entries.push((
                setter,
                format!(" The setter `{builder}::{setter_name}()`, of the {what} `{field}`."),
            ));
        }
        for (marker, doc) in entries {
            if seen.contains(&name(marker)) {
                continue;
            }
            seen.push(name(marker));
            out.extend(quote! {
                #[doc = #doc]
                pub enum #marker {}
            });
        }
    }
    out.extend(crate::builder::convert::method_markers(model, &mut seen));
    if let Target::Function(_) = &model.target
        && !seen.contains(&name(ident))
    {
        let doc = format!(" The function `{ident}`, called by `{builder}`.");
        out.extend(quote! {
            #[doc = #doc]
            pub enum #ident {}
        });
    }
    let state = state_api(model, slots);
    let (what, required) = match &model.target {
        Target::Struct => ("field", "Required"),
        Target::Function(_) => ("argument", "RequiredArg"),
    };
    let example = model
        .members
        .iter()
        .find(|member| member.slot.is_some())
        .zip(slots.first())
        .map(|(member, slot)| {
            let field = member.name();
            format!(
                " A bound `S::{slot}: {required}<{field}, ..>` reads \"the {what} `{field}` \
                 is set\"."
            )
        })
        .unwrap_or_default();
    let doc = format!(
        " The state of `{builder}`: `State` says which {what}s are set, one associated \
         type per {what} (`Set` or `Unset`), so methods of your own can take and return the \
         builder in any state (`impl<S: State> {builder}<S>`, `where S::Member: IsUnset`, \
         `{builder}<SetMember<S>>`, `S: IsComplete`).\n\n It also names each {what} and \
         setter of `{builder}` by a type, as the bounds of its methods and its compile \
         errors name them.{example} They are names, never values."
    );
    let doc = crate::builder::expand::doc_or(state_mod.and_then(|named| named.docs.as_ref()), &doc);
    let allows = lint_allows();
    quote! {
        #doc
        #allows
        #[allow(
            unreachable_pub,
            unused_imports,
            missing_debug_implementations,
            missing_copy_implementations,
        )]
        #vis mod #names {
            #state
            #out
        }
    }
}

/// bon's typestate API, inside the state module: the `State` trait with an
/// associated type per slot; `Empty`, a `SetMember<S>` per slot (types,
/// not aliases of tuples, so rustc prints a state as bon's do:
/// `Builder<SetPort<SetHost>>`), and `IsComplete`.
fn state_api(model: &Model, slots: &[Ident]) -> TokenStream {
    let krate = &model.krate;
    let rt = quote!(#krate::builder);
    let builder = &model.builder;
    let what = match &model.target {
        Target::Struct => "field",
        Target::Function(_) => "argument",
    };
    let members: Vec<_> = model
        .members
        .iter()
        .filter(|member| member.slot.is_some())
        .collect();
    let assoc = slots.iter().zip(&members).map(|(slot, member)| {
        let doc = format!(
            " The state of the {what} `{}`: `Set` or `Unset`.",
            member.name()
        );
        // No `: Slot` bound (bon's trait has none either): rustc proves an
        // associated type's bounds in every impl, one per member and state,
        // so the bound cost a builder of n members n² proofs; measured at
        // about 10 % of the `cargo check` of 100 builders of 10 fields.
        quote! {
            #[doc = #doc]
            type #slot;
        }
    });
    let state = Ident::new("S", Span::call_site());
    let core = model.krate.core();
    let setters = slots
        .iter()
        .zip(&members)
        .enumerate()
        .map(|(i, (slot, member))| {
            let alias = format_ident!("Set{}", slot);
            let types = slots.iter().enumerate().map(|(j, other)| {
                if i == j {
                    let name = &member.ident;
                    quote!(type #other = #rt::Set<#name>;)
                } else {
                    quote!(type #other = #state::#other;)
                }
            });
            let doc = format!(
                " The state `{state}` with the {what} `{}` set: what its setter returns, \
             `{builder}<{alias}<{state}>>`. `{alias}` alone is the state after that one \
             setter.",
                member.name()
            );
            quote! {
                #[doc = #doc]
                pub struct #alias<#state = Empty>(#core::marker::PhantomData<fn() -> #state>);

                impl<#state> State_is_sealed::Sealed for #alias<#state> {}

                #[automatically_derived]
                impl<#state: State> State for #alias<#state> {
                    #(#types)*
                }
            }
        });
    let required: Vec<TokenStream> = slots
        .iter()
        .zip(&members)
        .filter(|(_, member)| matches!(member.kind, MemberKind::Required))
        .map(|(slot, _)| quote!(#slot: IsSet))
        .collect();
    let complete = if required.is_empty() {
        quote!(State)
    } else {
        quote!(State<#(#required),*>)
    };
    let names = members.iter().map(|member| &member.ident);
    let state_doc = format!(
        " The state of a `{builder}`: for each {what} with a setter, whether it is set \
         (`Set`) or not (`Unset`). Implemented by `Empty`, the first state, and by \
         `Set<Member><S>`, the state `S` with one more {what} set."
    );
    let complete_doc = format!(
        " A state in which every required {what} of `{builder}` is set, so its finishing \
         method can be called: `impl<S: IsComplete> {builder}<S>`."
    );
    quote! {
        pub use #rt::{IsSet, IsUnset};

        // Only the states of this module are states: `Sealed` is a `pub`
        // trait of a private module, which no code outside can name.
        mod State_is_sealed {
            pub trait Sealed {}
        }

        #[doc = #state_doc]
        pub trait State: State_is_sealed::Sealed {
            #(#assoc)*
        }

        /// The state of a new builder: no member set.
        pub enum Empty {}

        impl State_is_sealed::Sealed for Empty {}

        #[automatically_derived]
        impl State for Empty {
            #(type #slots = #rt::Unset<#names>;)*
        }

        #(#setters)*

        #[doc = #complete_doc]
        pub trait IsComplete: #complete {}

        #[automatically_derived]
        impl<#state: #complete> IsComplete for #state {}
    }
}

/// The tokens of every name the user wrote that the impls mention: the
/// generics, the field types, the default expressions, the struct and the
/// builder. Generated parameters avoid them so they shadow none.
pub(crate) fn user_tokens(model: &Model) -> TokenStream {
    let (generics, ident, builder) = (&model.generics, &model.ident, &model.builder);
    let mut tokens = quote!(#ident #builder #generics);
    let where_clause = &generics.where_clause;
    tokens.extend(quote!(#where_clause));
    for member in &model.members {
        let ty = &member.ty;
        tokens.extend(quote!(#ty));
        let expr = match &member.kind {
            MemberKind::Optional { default, .. } => default.as_ref(),
            MemberKind::Default { expr, .. }
            | MemberKind::Skip { expr, .. }
            | MemberKind::Field { expr, .. } => expr.as_ref(),
            MemberKind::Required | MemberKind::Start | MemberKind::Finish => None,
        };
        tokens.extend(quote!(#expr));
        // A `with = |s: S| ..` closure names types in the setter too.
        let with = member.options.with.as_ref().map(|with| &with.value);
        tokens.extend(quote!(#with));
    }
    if let Some(function) = model.target.function() {
        let (self_ty, receiver, output) = (&function.self_ty, &function.receiver, &function.output);
        let impl_generics = &function.impl_generics;
        tokens.extend(quote!(#self_ty #receiver #output #impl_generics));
    }
    tokens
}

/// `ConfigBuilder` -> `config_builder`: the module of names, as bon names
/// its state module (`HTTPBuilder` -> `http_builder`). An identifier that
/// is a keyword in snake case gets a trailing `_`.
fn module_name(builder: &Ident) -> Ident {
    let chars: Vec<char> = name(builder).chars().collect();
    let mut out = String::new();
    for (i, &c) in chars.iter().enumerate() {
        if c.is_uppercase() {
            let previous = i.checked_sub(1).and_then(|p| chars.get(p));
            let next = chars.get(i + 1);
            // After a `_` the user wrote, a boundary still gets its own
            // `_`: `S_Builder` and `SBuilder` need two modules.
            let boundary = previous
                .is_some_and(|p| p.is_lowercase() || p.is_ascii_digit() || *p == '_')
                || (previous.is_some_and(|p| p.is_uppercase())
                    && next.is_some_and(|n| n.is_lowercase()));
            if boundary {
                out.push('_');
            }
            out.extend(c.to_lowercase());
        } else {
            out.push(c);
        }
    }
    ident_or_underscored(out, builder.span())
}

/// `max_conn` -> `MaxConn`, `r#type` -> `Type`: a slot's parameter.
fn camel_case(field: &str) -> String {
    let mut out = String::new();
    for part in field.split('_').filter(|part| !part.is_empty()) {
        let mut chars = part.chars();
        if let Some(first) = chars.next() {
            out.extend(first.to_uppercase());
            out.extend(chars);
        }
    }
    if out.is_empty() || out.starts_with(|c: char| c.is_ascii_digit()) {
        out.insert(0, 'S');
    }
    if syn::parse_str::<Ident>(&out).is_err() {
        out.push('_');
    }
    if syn::parse_str::<Ident>(&out).is_err() {
        // Some leading character no identifier may start with.
        return "Slot".to_owned();
    }
    out
}

/// `text` as an identifier, with `_` appended if it is a keyword.
fn ident_or_underscored(mut text: String, span: Span) -> Ident {
    if syn::parse_str::<Ident>(&text).is_err() {
        text.push('_');
    }
    if syn::parse_str::<Ident>(&text).is_err() {
        return Ident::new("builder_names", span);
    }
    Ident::new(&text, span)
}
