//! What the pod derives' generated code needs: compile-time assertions and
//! layout helpers. Reached as `vouch::__private::pod`.
