//! The options of a field's or argument's `#[builder(...)]`: its kind
//! (`default`, `skip`, `field`, `start_fn`, ..), its setters (`setters(..)`,
//! `some_fn`, `option_fn`, `name`, `with`) and its `getter(..)`.

use super::toolkit::{
    ident_value, key_of, list_ok, name_vis_doc, named, once, once_flag, optional_value, unknown,
    word,
};
use super::{FIELD_KEYS, STRUCT_KEYS, options, typed_builder};
use crate::builder::model::{FieldOptions, Getter, GetterMode, Named};
use crate::util::Errors;
use crate::util::attr::Spanned;
use syn::punctuated::Punctuated;
use syn::{Attribute, Meta, Token, Type};

/// The options of the `#[builder(...)]` attributes of a field or argument.
pub(crate) fn field_options(attrs: &[Attribute], errors: &mut Errors) -> FieldOptions {
    options_of(options(attrs, errors), errors)
}

/// The options of a field or argument, read out of its `#[builder(...)]`
/// already.
pub(super) fn options_of(metas: Vec<Meta>, errors: &mut Errors) -> FieldOptions {
    let mut parsed = FieldOptions::default();
    for meta in metas {
        field_option(&mut parsed, &meta, errors);
    }
    parsed
}

/// One option of a field's or argument's `#[builder(...)]`.
fn field_option(parsed: &mut FieldOptions, meta: &Meta, errors: &mut Errors) {
    let Some(key) = key_of(meta, errors) else {
        return;
    };
    match key.to_string().as_str() {
        "default" => {
            let value = optional_value(meta, &key, errors);
            once(&mut parsed.default, &key, value, errors);
        }
        "skip" => {
            let value = optional_value(meta, &key, errors);
            once(&mut parsed.skip, &key, value, errors);
        }
        "field" => {
            let value = optional_value(meta, &key, errors);
            once(&mut parsed.field, &key, value, errors);
        }
        "into" => {
            word(meta, &key, errors);
            once_flag(&mut parsed.into, key, errors);
        }
        "required" => {
            word(meta, &key, errors);
            once_flag(&mut parsed.required, key, errors);
        }
        "overwritable" => {
            word(meta, &key, errors);
            once_flag(&mut parsed.overwritable, key, errors);
        }
        "getter" => {
            let getter = getter(meta, errors);
            once(&mut parsed.getter, &key, getter, errors);
        }
        "setters" => {
            parsed.setters.get_or_insert_with(|| key.clone());
            let Some(meta) = setter_fns(meta, parsed, errors) else {
                return;
            };
            let named = named(&meta, &key, "setters(name = set_port)", errors);
            if let Some(name) = named.name {
                once(&mut parsed.name, &key, name, errors);
            }
            parsed.setter_vis = named.vis;
            parsed.setter_docs = named.docs;
        }
        "name" => {
            if let Some(name) = ident_value(meta, &key, "name = set_port", errors) {
                once(&mut parsed.name, &key, name, errors);
            }
        }
        "with" => {
            if let Meta::NameValue(pair) = meta {
                once(&mut parsed.with, &key, pair.value.clone(), errors);
            } else {
                errors.spanned(
                    &key,
                    "`with` needs a closure that makes the value from the setter's \
                     arguments; write e.g. `with = |x: u32, y: u32| x + y`",
                );
            }
        }
        // bon's positional members: the bare key on a field.
        "start_fn" | "finish_fn" if matches!(meta, Meta::Path(_)) => {
            let slot = if key == "start_fn" {
                &mut parsed.start_fn
            } else {
                &mut parsed.finish_fn
            };
            once_flag(slot, key, errors);
        }
        other @ ("start_fn" | "finish_fn") => {
            let what = if other == "start_fn" {
                "start function"
            } else {
                "finishing method"
            };
            errors.spanned(
                &key,
                format_args!(
                    "on a field, `{other}` takes no value: `#[builder({other})]` makes the \
                     field an argument of the {what} instead of a setter; name the {what} \
                     in a `#[builder({other} = ..)]` above the item"
                ),
            );
        }
        typed_builder::NOT => typed_builder::stray_negation(meta, errors),
        other if STRUCT_KEYS.contains(&other) => errors.spanned(
            &key,
            format_args!(
                "`{other}` is an option of the struct, not of a field; \
                 move it to a `#[builder(...)]` above the struct"
            ),
        ),
        other => unknown(&key, other, FIELD_KEYS, errors),
    }
}

/// Reads `some_fn = ..` / `option_fn = ..` out of `setters(..)`, and
/// returns the rest for the shared `name`/`vis`/`doc` reader.
fn setter_fns(meta: &Meta, parsed: &mut FieldOptions, errors: &mut Errors) -> Option<Meta> {
    let Meta::List(list) = meta else {
        return Some(meta.clone());
    };
    // Checked here, since the rest is handed on in parentheses.
    if !list_ok(list, "setters()", "setters(name = set_port)", errors) {
        return None;
    }
    let Ok(items) = list.parse_args_with(Punctuated::<Meta, Token![,]>::parse_terminated) else {
        return Some(meta.clone());
    };
    let mut rest = Vec::new();
    let mut overrides: Vec<Named> = Vec::new();
    for item in items {
        let key = item.path().get_ident().cloned();
        match key {
            Some(key) if key == "some_fn" || key == "option_fn" => {
                let example = format!("{key} = set_port");
                let value = named(&item, &key, &example, errors);
                let slot = if key == "some_fn" {
                    &mut parsed.some_fn
                } else {
                    &mut parsed.option_fn
                };
                if slot.is_none() {
                    overrides.push(Named {
                        name: value.name.clone(),
                        vis: value.vis.clone(),
                        docs: value.docs.clone(),
                    });
                }
                once(slot, &key, value, errors);
            }
            _ => rest.push(item),
        }
    }
    // `name`, `vis` and `doc` of `setters(..)` are for the setters that do
    // not give their own: with both giving it, it is for none of them (the
    // check knows whether a getter takes the name or the visibility).
    if let [some, option] = overrides.as_slice() {
        for item in &rest {
            let overridden = match item.path().get_ident() {
                Some(key) if key == "name" => some.name.is_some() && option.name.is_some(),
                Some(key) if key == "vis" => some.vis.is_some() && option.vis.is_some(),
                Some(key) if key == "doc" => some.docs.is_some() && option.docs.is_some(),
                _ => false,
            };
            if let Some(key) = item.path().get_ident().filter(|_| overridden) {
                parsed.overridden.push(key.clone());
            }
        }
    }
    if rest.is_empty() {
        return None;
    }
    let path = &list.path;
    Some(syn::parse_quote!(#path(#(#rest),*)))
}

/// `getter`, or `getter(name = x, vis = "..", doc { .. }, copy | clone |
/// deref | deref(Target))`.
fn getter(meta: &Meta, errors: &mut Errors) -> Getter {
    let mut getter = Getter::default();
    let Meta::List(list) = meta else {
        if let Meta::NameValue(pair) = meta {
            errors.spanned(
                pair,
                "`getter` takes options in parentheses; write `getter` or e.g. \
                 `getter(name = port_of, clone)`",
            );
        }
        return getter;
    };
    if !list_ok(list, "getter()", "getter(clone)", errors) {
        return getter;
    }
    let items = match list.parse_args_with(Punctuated::<Meta, Token![,]>::parse_terminated) {
        Ok(items) => items,
        Err(error) => {
            errors.push(error);
            return getter;
        }
    };
    let mut mode: Option<Spanned<GetterMode>> = None;
    let (name, vis, docs) = name_vis_doc(
        items,
        &["clone", "copy", "deref", "doc", "name", "vis"],
        errors,
        |item, key, errors| ident_value(item, key, "name = port_of", errors),
        |item, key, errors| {
            let value = match (item, key.to_string().as_str()) {
                (_, other) if !matches!(other, "copy" | "clone" | "deref") => return false,
                (Meta::Path(_), "copy") => GetterMode::Copy,
                (Meta::Path(_), "clone") => GetterMode::Clone,
                (Meta::Path(_), _) => GetterMode::Deref(None),
                (Meta::List(list), "deref") => match errors.handle(list.parse_args::<Type>()) {
                    Some(target) => GetterMode::Deref(Some(Box::new(target))),
                    None => return true,
                },
                _ => {
                    errors.spanned(
                        key,
                        format_args!("`{key}` takes no value; write `getter({key})`"),
                    );
                    return true;
                }
            };
            if mode.is_some() {
                errors.spanned(
                    key,
                    "a getter returns a reference, a copy, a clone or a deref, not two of \
                     them; keep one of `copy`, `clone`, `deref`",
                );
            } else {
                mode = Some(Spanned {
                    value,
                    span: key.span(),
                });
            }
            true
        },
    );
    getter.name = name;
    getter.vis = vis;
    getter.docs = docs;
    getter.mode_key = mode.as_ref().map(|mode| mode.span);
    getter.mode = mode.map(|mode| mode.value).unwrap_or_default();
    getter
}
