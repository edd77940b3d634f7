//! Generation: the names the builder declares or uses that a reader may
//! see, in rustdoc or in a compile error. None is a generated `__` name:
//!
//! - a module next to the builder, named after it in snake case
//!   (`config_builder` for `ConfigBuilder`), holding an empty enum per field
//!   and per setter named exactly like it: the runtime's state traits take
//!   them as parameters and print them in their messages;
//! - a state parameter per slot named after its field (`Port`), and the
//!   builder's state parameter `State`, each renamed with a trailing `_`
//!   when the user's tokens already use the name.

use crate::builder::model::{MemberKind, Model, Target};
use crate::util::ident::{fresh, name};
use crate::util::lint_allows;
use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote};
use syn::Ident;

/// The generated names of one builder.
pub(crate) struct Names {
    /// One type parameter per slot, named after its field (`Port`).
    pub(crate) slots: Vec<Ident>,
    /// The builder's state parameter (`State`).
    pub(crate) state: Ident,
    /// The module of field and setter names (`config_builder`).
    pub(crate) module: Ident,
}

impl Names {
    pub(crate) fn new(model: &Model) -> Names {
        // Every name the user wrote that the parameters could shadow inside
        // the impls.
        let mut taken = user_tokens(model);
        let mut slots: Vec<Ident> = Vec::new();
        for member in model.members.iter().filter(|member| member.slot.is_some()) {
            let base = Ident::new(&camel_case(&member.name()), Span::call_site());
            let slot = fresh(&taken, "", &base, "");
            taken.extend(quote!(#slot));
            slots.push(slot);
        }
        Names {
            state: fresh(&taken, "", &format_ident!("State"), ""),
            slots,
            module: module_name(&model.builder),
        }
    }
}

/// The module of names (none when no field has a setter): one
/// uninhabited type per field and per setter, named exactly like it. The runtime's state traits take them as
/// parameters and print them in their messages; being reachable (the
/// module has the builder's visibility), they print as their bare name
/// when it is unique, else as their path. A module of their own, so a
/// name like a field cannot shadow a type that a field's type or a
/// `default = ...` expression names.
pub(crate) fn module(model: &Model, names: &Ident, slots: &[Ident]) -> TokenStream {
    let vis = &model.builder_vis;
    let (ident, builder) = (&model.ident, &model.builder);
    let mut seen = Vec::new();
    let mut out = TokenStream::new();
    for member in &model.members {
        let Some(setter) = &member.setter else {
            continue;
        };
        let field = member.name();
        let setter_name = name(setter);
        let what = match &model.target {
            Target::Struct => "field",
            Target::Function(_) => "argument",
        };
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
    if let Target::Function(_) = &model.target
        && !seen.contains(&name(ident))
    {
        let doc = format!(" The function `{ident}`, called by `{builder}`.");
        out.extend(quote! {
            #[doc = #doc]
            pub enum #ident {}
        });
    }
    if out.is_empty() {
        return out;
    }
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
                ": `{slot}: {required}<{field}, ..>` reads \"the slot `{slot}` holds the \
                 {what} `{field}`\""
            )
        })
        .unwrap_or_default();
    let doc = format!(
        " The names of the {what}s and setters of `{builder}`, as the bounds of its \
         methods and its compile errors name them{example}. They are names, never values."
    );
    let allows = lint_allows();
    quote! {
        #[doc = #doc]
        #allows
        #[allow(unreachable_pub, missing_debug_implementations, missing_copy_implementations)]
        #vis mod #names {
            #out
        }
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
            MemberKind::Default { expr, .. } | MemberKind::Skip { expr, .. } => expr.as_ref(),
            MemberKind::Required | MemberKind::Start | MemberKind::Finish => None,
        };
        tokens.extend(quote!(#expr));
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
