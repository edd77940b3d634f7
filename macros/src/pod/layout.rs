//! The padding proofs: every size and offset is measured on the real item
//! (`size_of::<Item>()`, field offsets taken on an uninitialized `Item`, the
//! size of the type a field projection reaches), so no copy of a field type
//! takes part.

use super::attr::Field;
use super::check::{Derive, Kind};
use super::expand::{Cx, field_place, respan};
use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};
use syn::spanned::Spanned;

/// The offset of `member` in `ty`, measured on the type itself: the
/// distance from an uninitialized value's address to the field's. (What
/// `offset_of!` computes, in a form the expansion snapshots can print.)
pub(crate) fn offset_of(cx: &Cx<'_>, ty: &TokenStream, member: &syn::Member) -> TokenStream {
    let Cx { core, pod, .. } = cx;
    // SAFETY: `addr_of!` on a place of the uninitialized value reads
    // nothing, and the field pointer lies inside that value, as
    // `offset_between` requires.
    quote! {{
        let __vouch_value = #core::mem::MaybeUninit::<#ty>::uninit();
        let __vouch_base = __vouch_value.as_ptr();
        unsafe {
            #pod::offset_between(__vouch_base, #core::ptr::addr_of!((*__vouch_base).#member))
        }
    }}
}

/// `(offset of field, size of the field's real type)` for each field.
fn layout_table(cx: &Cx<'_>, this_ty: &TokenStream, fields: &[Field<'_>]) -> TokenStream {
    let Cx { core, pod, .. } = cx;
    let usize = quote!(#core::primitive::usize);
    let rows = fields.iter().map(|field| {
        let member = &field.member;
        let offset = offset_of(cx, this_ty, member);
        quote! {
            (
                #offset,
                #pod::field_size(|__vouch_s: &#this_ty| #core::ptr::addr_of!(__vouch_s.#member)),
            )
        }
    });
    let n = fields.len();
    quote! {
        const __VOUCH_SIZE: #usize = #core::mem::size_of::<#this_ty>();
        const __VOUCH_LAYOUT: [(#usize, #usize); #n] = [#(#rows),*];
    }
}

/// No padding in a non-generic struct.
///
/// The proof is the first constant: fields of a struct do not overlap, so
/// their sizes add up to the struct's size exactly when no byte is padding.
/// The per-field constants only make the error name the field after which
/// the padding sits, and how many bytes it is.
pub(crate) fn struct_consts(
    cx: &Cx<'_>,
    derive: Derive,
    fields: &[Field<'_>],
    this_ty: &TokenStream,
) -> TokenStream {
    let Cx { core, pod, .. } = cx;
    let name = cx.input.name();
    let table = layout_table(cx, this_ty, fields);
    let total = format!(
        "`{name}` has padding bytes, which `derive({})` forbids; add explicit \
         `_pad: [u8; N]` fields where the fields leave gaps",
        derive.name()
    );
    let ordered = cx.input.repr.is_c();
    let gaps = fields.iter().enumerate().map(|(index, field)| {
        let trailing = ordered && index + 1 == fields.len();
        let (before, middle, after) = gap_message(&name, derive, field, trailing);
        let span = field.ty.span();
        // Only the panic is spanned at the field, so the error points there.
        let panic = respan(quote!(#core::panic!("{}", __vouch_message.as_str())), span);
        quote! {
            const _: () = {
                let __vouch_gap = #pod::gap_after(&__VOUCH_LAYOUT, #index, __VOUCH_SIZE);
                if __vouch_gap != 0 {
                    let __vouch_message = #pod::Message::new()
                        .push(#before)
                        .push_count(__vouch_gap)
                        .push(if __vouch_gap == 1 { " byte" } else { " bytes" })
                        .push(#middle)
                        .push_count(__vouch_gap)
                        .push(#after);
                    #panic
                }
            };
        }
    });
    let ident = cx.input.ident();
    let total_check = respan(
        quote! {
            if #pod::sum_sizes(&__VOUCH_LAYOUT) != __VOUCH_SIZE
                && #pod::no_gap(&__VOUCH_LAYOUT, __VOUCH_SIZE)
            {
                #core::panic!(#total)
            }
        },
        ident.span(),
    );
    quote! {
        #table
        const _: () = #total_check;
        #(#gaps)*
    }
}

/// The literal pieces of a padding message around its two byte counts:
/// "`Item` has " N " bytes" " of padding after field `f` ...; add a field
/// `_pad: [u8; " N "]` right after `f` ...".
fn gap_message(
    name: &str,
    derive: Derive,
    field: &Field<'_>,
    trailing: bool,
) -> (String, String, String) {
    let field_name = field.display();
    let derive = derive.name();
    let (pad, pad_end) = match field.member {
        syn::Member::Named(_) => ("a field `_pad: [u8; ", "]`"),
        syn::Member::Unnamed(_) => ("a `[u8; ", "]` field"),
    };
    let before = format!("`{name}` has ");
    if trailing {
        (
            before,
            format!(
                " of trailing padding after its last field `{field_name}`, which \
                 `derive({derive})` forbids; add {pad}"
            ),
            format!("{pad_end} at the end"),
        )
    } else {
        (
            before,
            format!(
                " of padding after field `{field_name}`, which `derive({derive})` forbids; \
                 add {pad}"
            ),
            format!(
                "{pad_end} right after `{field_name}`, or reorder the fields from the largest \
                 alignment to the smallest"
            ),
        )
    }
}

/// No padding in a generic struct whose fields other than `PhantomData`s
/// name no parameter: the proof function shows each such field has exactly
/// the concrete type written and each `PhantomData` is one, so the layout is
/// the same for every argument, and the constants of [`struct_consts`]
/// measure one instance (`()` for each type parameter, one for each const
/// parameter).
pub(crate) fn concrete(
    cx: &Cx<'_>,
    derive: Derive,
    fields: &[Field<'_>],
    phantoms: &[bool],
) -> TokenStream {
    let pod = &cx.pod;
    let checks = fields.iter().zip(phantoms).map(|(field, phantom)| {
        let place = field_place(cx, field);
        let span = field.ty.span();
        if *phantom {
            let helper = respan(quote!(#pod::is_phantom), span);
            quote_spanned!(span=> #helper(#place);)
        } else {
            let ty = field.ty;
            let helper = respan(quote!(#pod::field_is), span);
            quote_spanned!(span=> #helper::<#ty>(#place);)
        }
    });
    let proof = cx.proof_fn("concrete", &quote!(#(#checks)*));
    let probe = probe_type(cx, &quote!(()));
    let consts = struct_consts(cx, derive, fields, &probe);
    quote!(#proof #consts)
}

/// The item instantiated with `ty_arg` for every type parameter, `'static`
/// for every lifetime and the probe value of each const parameter (see
/// `layout_check::probe_value`).
pub(crate) fn probe_type(cx: &Cx<'_>, ty_arg: &TokenStream) -> TokenStream {
    let ident = cx.input.ident();
    let args = cx
        .input
        .ast
        .generics
        .params
        .iter()
        .map(|param| match param {
            syn::GenericParam::Const(param) => super::layout_check::probe_value(&param.ty)
                .and_then(|value| value.parse::<TokenStream>().ok())
                .unwrap_or_default(),
            syn::GenericParam::Lifetime(_) => quote!('static),
            syn::GenericParam::Type(_) => ty_arg.clone(),
        });
    quote!(#ident<#(#args),*>)
}

/// No padding in a non-generic union: every field is as large as the union,
/// so whichever field is active covers every byte.
pub(crate) fn union_consts(cx: &Cx<'_>, derive: Derive, fields: &[Field<'_>]) -> TokenStream {
    let Cx {
        core, pod, this_ty, ..
    } = cx;
    let name = cx.input.name();
    let checks = fields.iter().map(|field| {
        let member = &field.member;
        let message = format!(
            "field `{}` of union `{name}` is smaller than the union, so its bytes are padding \
             when it is the active field, which `derive({})` forbids; make every field as \
             large as the largest (e.g. a `#[repr(C)]` struct with a `_pad: [u8; N]` field)",
            field.display(),
            derive.name()
        );
        let span = field.ty.span();
        let body = respan(
            quote! {
                if #pod::field_size(|__vouch_s: &#this_ty| #core::ptr::addr_of!(__vouch_s.#member))
                    != #core::mem::size_of::<#this_ty>()
                {
                    #core::panic!(#message)
                }
            },
            span,
        );
        quote_spanned!(span=> const _: () = #body;)
    });
    quote!(#(#checks)*)
}

/// No padding in a generic `repr(C)` struct whose fields share one element
/// type `E`: every field is `E`, `[E; N]` or `PhantomData`, proved by type
/// inference from the field places (a field of another real type fails to
/// unify). Then each field's size and offset are multiples of `E`'s
/// alignment, and so is the struct's size: no gap anywhere.
pub(crate) fn uniform(cx: &Cx<'_>, fields: &[Field<'_>], kinds: &[Kind]) -> TokenStream {
    let pod = &cx.pod;
    let elem = format_ident!("__vouch_elem");
    let has_elem = kinds.iter().any(|kind| *kind != Kind::Phantom);
    let checks = fields.iter().zip(kinds).map(|(field, kind)| {
        let place = field_place(cx, field);
        let span = field.ty.span();
        match kind {
            Kind::Elem => {
                let helper = respan(quote!(#pod::elem_is), span);
                quote_spanned!(span=> #helper(&#elem, #place);)
            }
            Kind::Array => {
                let helper = respan(quote!(#pod::elem_array), span);
                quote_spanned!(span=> #helper(&#elem, #place);)
            }
            Kind::Phantom => {
                let helper = respan(quote!(#pod::is_phantom), span);
                quote_spanned!(span=> #helper(#place);)
            }
        }
    });
    let declare = has_elem.then(|| quote!(let #elem = #pod::elem();));
    cx.proof_fn("uniform", &quote!(#declare #(#checks)*))
}
