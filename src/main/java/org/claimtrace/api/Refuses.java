package org.claimtrace.api;

import org.springframework.http.HttpStatus;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The refusals an endpoint answers beyond those every endpoint may give (400 not well-formed, 401 not logged in,
 * 403 for a change the role may not make), for the OpenAPI document: each is documented with the error shape.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@interface Refuses {

    HttpStatus[] value();
}
