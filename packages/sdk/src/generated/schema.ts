// Generated from the server routes by `npm run sdk:generate`. Do not edit.
export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            checks?: {
                                [key: string]: string;
                            };
                            status: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            checks?: {
                                [key: string]: string;
                            };
                            status: string;
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            checks?: {
                                [key: string]: string;
                            };
                            status: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/alerts/{alertId}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark an alert of your home as seen (a fact in the home’s ledger) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes a retry safe: the same key with the same request replays the first answer (docs/api.md) */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description alert_… */
                    alertId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            acknowledgedAt?: string | null;
                            /** Format: date-time */
                            at: string;
                            homeId: string;
                            id: string;
                            kind: string;
                            message: string;
                            visitId: string | null;
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with email and password
         * @description Returns a bearer token and sets the HTTP-only session cookie. Throttled per account and address.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            token: string;
                            user: {
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: email */
                                email: string;
                                id: string;
                                kind: "customer" | "courier" | "worker" | "staff";
                                name: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the current session */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/sign-up": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a customer account and sign in
         * @description Refuses a password on the common-password list, made of repeated or consecutive characters, or of the account's own email or name (`weak-password`, with `reason`). Limited per client address.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        name: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            token: string;
                            user: {
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: email */
                                email: string;
                                id: string;
                                kind: "customer" | "courier" | "worker" | "staff";
                                name: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{claimId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A claim: for the home’s people, the visit’s carrier or provider, and platform support */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description claim_… */
                    claimId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accessUntil: string | null;
                            alertIds: string[];
                            assignedAt: string | null;
                            assignedToYou: boolean;
                            description: string;
                            /** @description The visit's ledger entries as they stood when the claim was opened */
                            evidence: {
                                entries: number;
                                fromSeq: number;
                                headHash: string;
                                toSeq: number;
                            };
                            homeId: string;
                            id: string;
                            kind: "damage" | "missing_item" | "door_left_open" | "privacy" | "other";
                            messages: {
                                /** Format: date-time */
                                at: string;
                                body: string;
                                from: "customer" | "carrier" | "support";
                                id: string;
                            }[];
                            notices: {
                                /** Format: date-time */
                                at: string;
                                kind: string;
                                message: string;
                            }[];
                            /** Format: date-time */
                            openedAt: string;
                            photos: {
                                /** Format: date-time */
                                at: string;
                                bytes: number;
                                contentType: string;
                                sha256: string;
                                url: string;
                            }[];
                            resolution: ({
                                amount: {
                                    /** @description ISO 4217 code */
                                    currency: string;
                                    /** @description In minor units (cents) */
                                    minor: number;
                                };
                                /** @enum {string} */
                                outcome: "upheld";
                            } | {
                                /** @enum {string} */
                                outcome: "rejected";
                                reason: string;
                            }) | null;
                            state: "open" | "in_review" | "needs_info" | "resolved" | "closed";
                            /** Format: date-time */
                            updatedAt: string;
                            visit: {
                                clipIds: string[];
                                closedAt: string | null;
                                id: string;
                                /** Format: date-time */
                                openedAt: string;
                                state: string;
                            };
                            visitId: string;
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{claimId}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take the claim for yourself; lets you watch the visit’s clips for 24 h, each look logged */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes a retry safe: the same key with the same request replays the first answer (docs/api.md) */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description claim_… */
                    claimId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accessUntil: string | null;
                            alertIds: string[];
                            assignedAt: string | null;
                            assignedToYou: boolean;
                            description: string;
                            /** @description The visit's ledger entries as they stood when the claim was opened */
                            evidence: {
                                entries: number;
                                fromSeq: number;
                                headHash: string;
                                toSeq: number;
                            };
                            homeId: string;
                            id: string;
                            kind: "damage" | "missing_item" | "door_left_open" | "privacy" | "other";
                            messages: {
                                /** Format: date-time */
                                at: string;
                                body: string;
                                from: "customer" | "carrier" | "support";
                                id: string;
                            }[];
                            notices: {
                                /** Format: date-time */
                                at: string;
                                kind: string;
                                message: string;
                            }[];
                            /** Format: date-time */
                            openedAt: string;
                            photos: {
                                /** Format: date-time */
                                at: string;
                                bytes: number;
                                contentType: string;
                                sha256: string;
                                url: string;
                            }[];
                            resolution: ({
                                amount: {
                                    /** @description ISO 4217 code */
                                    currency: string;
                                    /** @description In minor units (cents) */
                                    minor: number;
                                };
                                /** @enum {string} */
                                outcome: "upheld";
                            } | {
                                /** @enum {string} */
                                outcome: "rejected";
                                reason: string;
                            }) | null;
                            state: "open" | "in_review" | "needs_info" | "resolved" | "closed";
                            /** Format: date-time */
                            updatedAt: string;
                            visit: {
                                clipIds: string[];
                                closedAt: string | null;
                                id: string;
                                /** Format: date-time */
                                openedAt: string;
                                state: string;
                            };
                            visitId: string;
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{claimId}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a resolved claim */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes a retry safe: the same key with the same request replays the first answer (docs/api.md) */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description claim_… */
                    claimId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accessUntil: string | null;
                            alertIds: string[];
                            assignedAt: string | null;
                            assignedToYou: boolean;
                            description: string;
                            /** @description The visit's ledger entries as they stood when the claim was opened */
                            evidence: {
                                entries: number;
                                fromSeq: number;
                                headHash: string;
                                toSeq: number;
                            };
                            homeId: string;
                            id: string;
                            kind: "damage" | "missing_item" | "door_left_open" | "privacy" | "other";
                            messages: {
                                /** Format: date-time */
                                at: string;
                                body: string;
                                from: "customer" | "carrier" | "support";
                                id: string;
                            }[];
                            notices: {
                                /** Format: date-time */
                                at: string;
                                kind: string;
                                message: string;
                            }[];
                            /** Format: date-time */
                            openedAt: string;
                            photos: {
                                /** Format: date-time */
                                at: string;
                                bytes: number;
                                contentType: string;
                                sha256: string;
                                url: string;
                            }[];
                            resolution: ({
                                amount: {
                                    /** @description ISO 4217 code */
                                    currency: string;
                                    /** @description In minor units (cents) */
                                    minor: number;
                                };
                                /** @enum {string} */
                                outcome: "upheld";
                            } | {
                                /** @enum {string} */
                                outcome: "rejected";
                                reason: string;
                            }) | null;
                            state: "open" | "in_review" | "needs_info" | "resolved" | "closed";
                            /** Format: date-time */
                            updatedAt: string;
                            visit: {
                                clipIds: string[];
                                closedAt: string | null;
                                id: string;
                                /** Format: date-time */
                                openedAt: string;
                                state: string;
                            };
                            visitId: string;
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{claimId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decide the claim: upheld with an amount, or rejected with a reason */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes a retry safe: the same key with the same request replays the first answer (docs/api.md) */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description claim_… */
                    claimId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        amount: {
                            /** @description ISO 4217 code */
                            currency: string;
                            /** @description In minor units (cents) */
                            minor: number;
                        };
                        /** @enum {string} */
                        outcome: "upheld";
                    } | {
                        /** @enum {string} */
                        outcome: "rejected";
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accessUntil: string | null;
                            alertIds: string[];
                            assignedAt: string | null;
                            assignedToYou: boolean;
                            description: string;
                            /** @description The visit's ledger entries as they stood when the claim was opened */
                            evidence: {
                                entries: number;
                                fromSeq: number;
                                headHash: string;
                                toSeq: number;
                            };
                            homeId: string;
                            id: string;
                            kind: "damage" | "missing_item" | "door_left_open" | "privacy" | "other";
                            messages: {
                                /** Format: date-time */
                                at: string;
                                body: string;
                                from: "customer" | "carrier" | "support";
                                id: string;
                            }[];
                            notices: {
                                /** Format: date-time */
                                at: string;
                                kind: string;
                                message: string;
                            }[];
                            /** Format: date-time */
                            openedAt: string;
                            photos: {
                                /** Format: date-time */
                                at: string;
                                bytes: number;
                                contentType: string;
                                sha256: string;
                                url: string;
                            }[];
                            resolution: ({
                                amount: {
                                    /** @description ISO 4217 code */
                                    currency: string;
                                    /** @description In minor units (cents) */
                                    minor: number;
                                };
                                /** @enum {string} */
                                outcome: "upheld";
                            } | {
                                /** @enum {string} */
                                outcome: "rejected";
                                reason: string;
                            }) | null;
                            state: "open" | "in_review" | "needs_info" | "resolved" | "closed";
                            /** Format: date-time */
                            updatedAt: string;
                            visit: {
                                clipIds: string[];
                                closedAt: string | null;
                                id: string;
                                /** Format: date-time */
                                openedAt: string;
                                state: string;
                            };
                            visitId: string;
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{claimId}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a message; the customer’s answer to a question puts the claim back in the queue */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes a retry safe: the same key with the same request replays the first answer (docs/api.md) */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description claim_… */
                    claimId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accessUntil: string | null;
                            alertIds: string[];
                            assignedAt: string | null;
                            assignedToYou: boolean;
                            description: string;
                            /** @description The visit's ledger entries as they stood when the claim was opened */
                            evidence: {
                                entries: number;
                                fromSeq: number;
                                headHash: string;
                                toSeq: number;
                            };
                            homeId: string;
                            id: string;
                            kind: "damage" | "missing_item" | "door_left_open" | "privacy" | "other";
                            messages: {
                                /** Format: date-time */
                                at: string;
                                body: string;
                                from: "customer" | "carrier" | "support";
                                id: string;
                            }[];
                            notices: {
                                /** Format: date-time */
                                at: string;
                                kind: string;
                                message: string;
                            }[];
                            /** Format: date-time */
                            openedAt: string;
                            photos: {
                                /** Format: date-time */
                                at: string;
                                bytes: number;
                                contentType: string;
                                sha256: string;
                                url: string;
                            }[];
                            resolution: ({
                                amount: {
                                    /** @description ISO 4217 code */
                                    currency: string;
                                    /** @description In minor units (cents) */
                                    minor: number;
                                };
                                /** @enum {string} */
                                outcome: "upheld";
                            } | {
                                /** @enum {string} */
                                outcome: "rejected";
                                reason: string;
                            }) | null;
                            state: "open" | "in_review" | "needs_info" | "resolved" | "closed";
                            /** Format: date-time */
                            updatedAt: string;
                            visit: {
                                clipIds: string[];
                                closedAt: string | null;
                                id: string;
                                /** Format: date-time */
                                openedAt: string;
                                state: string;
                            };
                            visitId: string;
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{claimId}/photos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add photos to a claim (multipart/form-data; JPEG, PNG or WebP; 5 of 5 MiB at most) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes a retry safe: the same key with the same request replays the first answer (docs/api.md) */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description claim_… */
                    claimId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accessUntil: string | null;
                            alertIds: string[];
                            assignedAt: string | null;
                            assignedToYou: boolean;
                            description: string;
                            /** @description The visit's ledger entries as they stood when the claim was opened */
                            evidence: {
                                entries: number;
                                fromSeq: number;
                                headHash: string;
                                toSeq: number;
                            };
                            homeId: string;
                            id: string;
                            kind: "damage" | "missing_item" | "door_left_open" | "privacy" | "other";
                            messages: {
                                /** Format: date-time */
                                at: string;
                                body: string;
                                from: "customer" | "carrier" | "support";
                                id: string;
                            }[];
                            notices: {
                                /** Format: date-time */
                                at: string;
                                kind: string;
                                message: string;
                            }[];
                            /** Format: date-time */
                            openedAt: string;
                            photos: {
                                /** Format: date-time */
                                at: string;
                                bytes: number;
                                contentType: string;
                                sha256: string;
                                url: string;
                            }[];
                            resolution: ({
                                amount: {
                                    /** @description ISO 4217 code */
                                    currency: string;
                                    /** @description In minor units (cents) */
                                    minor: number;
                                };
                                /** @enum {string} */
                                outcome: "upheld";
                            } | {
                                /** @enum {string} */
                                outcome: "rejected";
                                reason: string;
                            }) | null;
                            state: "open" | "in_review" | "needs_info" | "resolved" | "closed";
                            /** Format: date-time */
                            updatedAt: string;
                            visit: {
                                clipIds: string[];
                                closedAt: string | null;
                                id: string;
                                /** Format: date-time */
                                openedAt: string;
                                state: string;
                            };
                            visitId: string;
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{claimId}/photos/{sha256}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A photo of a claim, by its SHA-256 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description claim_… */
                    claimId: string;
                    sha256: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The photo */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/*": string;
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{claimId}/request-info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask the customer for more (the claim waits for their answer) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes a retry safe: the same key with the same request replays the first answer (docs/api.md) */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description claim_… */
                    claimId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accessUntil: string | null;
                            alertIds: string[];
                            assignedAt: string | null;
                            assignedToYou: boolean;
                            description: string;
                            /** @description The visit's ledger entries as they stood when the claim was opened */
                            evidence: {
                                entries: number;
                                fromSeq: number;
                                headHash: string;
                                toSeq: number;
                            };
                            homeId: string;
                            id: string;
                            kind: "damage" | "missing_item" | "door_left_open" | "privacy" | "other";
                            messages: {
                                /** Format: date-time */
                                at: string;
                                body: string;
                                from: "customer" | "carrier" | "support";
                                id: string;
                            }[];
                            notices: {
                                /** Format: date-time */
                                at: string;
                                kind: string;
                                message: string;
                            }[];
                            /** Format: date-time */
                            openedAt: string;
                            photos: {
                                /** Format: date-time */
                                at: string;
                                bytes: number;
                                contentType: string;
                                sha256: string;
                                url: string;
                            }[];
                            resolution: ({
                                amount: {
                                    /** @description ISO 4217 code */
                                    currency: string;
                                    /** @description In minor units (cents) */
                                    minor: number;
                                };
                                /** @enum {string} */
                                outcome: "upheld";
                            } | {
                                /** @enum {string} */
                                outcome: "rejected";
                                reason: string;
                            }) | null;
                            state: "open" | "in_review" | "needs_info" | "resolved" | "closed";
                            /** Format: date-time */
                            updatedAt: string;
                            visit: {
                                clipIds: string[];
                                closedAt: string | null;
                                id: string;
                                /** Format: date-time */
                                openedAt: string;
                                state: string;
                            };
                            visitId: string;
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/clips/{clipId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A visit's video clip (MP4), with byte ranges; every look is logged on the home's ledger */
        get: {
            parameters: {
                query?: never;
                header?: {
                    range?: string;
                };
                path: {
                    /** @description clip_… */
                    clipId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The whole clip */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "video/mp4": string;
                    };
                };
                /** @description The requested byte range */
                206: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "video/mp4": string;
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                416: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/courier/stops": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in courier's stops for today (each home's own day), in window order */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                address: {
                                    city: string;
                                    country: string;
                                    line1: string;
                                    line2: string | null;
                                    postalCode: string;
                                };
                                delivery: {
                                    accessPointId: string | null;
                                    courierId: string | null;
                                    /** Format: date-time */
                                    createdAt: string;
                                    externalId: string;
                                    homeId: string;
                                    id: string;
                                    method: "in_home" | "in_car" | "doorstep" | "locker";
                                    organisationId: string;
                                    /** @description Why in-home is not offered; empty when it is */
                                    reasons: string[];
                                    status: string;
                                    /** Format: date-time */
                                    updatedAt: string;
                                    window: {
                                        /** Format: date-time */
                                        end: string;
                                        /** Format: date-time */
                                        start: string;
                                    };
                                };
                                instructions: string;
                                location: {
                                    lat: number;
                                    lon: number;
                                };
                                pets: {
                                    note: string;
                                    status: string;
                                };
                                visitId: string | null;
                            }[];
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Book a delivery (API key with deliveries:write); answers the method and why */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes a retry safe: the same key with the same request replays the first answer (docs/api.md) */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        accessPoint?: {
                            kind: "front_door" | "back_door" | "garage" | "side_gate" | "car_boot";
                        };
                        /** @description The carrier's own reference */
                        externalId: string;
                        /** @description home_… */
                        homeId: string;
                        /** @description A locker delivery: the parcel size reserves a compartment at booking (docs/lockers.md) */
                        locker?: {
                            /** @description The customer's chosen site; else the nearest */
                            siteId?: string;
                            size: "S" | "M" | "L" | "XL";
                        };
                        /** @description Size and value of the parcel: an in-car delivery must fit the boot */
                        parcel?: {
                            heightCm: number;
                            lengthCm: number;
                            valueCents: number;
                            widthCm: number;
                        };
                        window: {
                            /** @description exclusive */
                            end: string;
                            /** @description ISO 8601 instant with an offset or Z; inclusive */
                            start: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accessPointId: string | null;
                            courierId: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            externalId: string;
                            homeId: string;
                            id: string;
                            method: "in_home" | "in_car" | "doorstep" | "locker";
                            organisationId: string;
                            /** @description Why in-home is not offered; empty when it is */
                            reasons: string[];
                            status: string;
                            /** Format: date-time */
                            updatedAt: string;
                            window: {
                                /** Format: date-time */
                                end: string;
                                /** Format: date-time */
                                start: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/deliveries/{deliveryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description dlv_… */
                    deliveryId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accessPointId: string | null;
                            courierId: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            externalId: string;
                            homeId: string;
                            id: string;
                            method: "in_home" | "in_car" | "doorstep" | "locker";
                            organisationId: string;
                            /** @description Why in-home is not offered; empty when it is */
                            reasons: string[];
                            status: string;
                            /** Format: date-time */
                            updatedAt: string;
                            window: {
                                /** Format: date-time */
                                end: string;
                                /** Format: date-time */
                                start: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/deliveries/{deliveryId}/arrive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The assigned courier is at the door: opens a visit and runs every check */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes a retry safe: the same key with the same request replays the first answer (docs/api.md) */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description dlv_… */
                    deliveryId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        position: {
                            accuracyMeters: number;
                            lat: number;
                            lon: number;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            fallback: ({
                                /** @enum {string} */
                                kind: "fallback";
                                method: "doorstep" | "locker" | "reattempt";
                                photoRequired: boolean;
                                reason: string;
                            } | {
                                /** @enum {string} */
                                kind: "retry";
                                reason: string;
                            }) | null;
                            visit: {
                                accessPointId: string;
                                checks: {
                                    evidence: unknown;
                                    name: string;
                                    passed: boolean;
                                    reason: string | null;
                                }[];
                                closedAt: string | null;
                                deliveryId: string | null;
                                homeId: string;
                                id: string;
                                /** @description Alerts raised during the visit, in order */
                                marks: string[];
                                /** Format: date-time */
                                openedAt: string;
                                outcome: unknown | null;
                                personId: string;
                                state: string;
                                /** @description The footage does not cover all the time the door was unlocked */
                                unverified: boolean;
                                /** Format: date-time */
                                updatedAt: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/deliveries/{deliveryId}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes a retry safe: the same key with the same request replays the first answer (docs/api.md) */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description dlv_… */
                    deliveryId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description usr_… */
                        courierId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accessPointId: string | null;
                            courierId: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            externalId: string;
                            homeId: string;
                            id: string;
                            method: "in_home" | "in_car" | "doorstep" | "locker";
                            organisationId: string;
                            /** @description Why in-home is not offered; empty when it is */
                            reasons: string[];
                            status: string;
                            /** Format: date-time */
                            updatedAt: string;
                            window: {
                                /** Format: date-time */
                                end: string;
                                /** Format: date-time */
                                start: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/deliveries/{deliveryId}/eligibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Each delivery method (in_home, in_garage, in_car, doorstep) for the delivery's address and window, and why it is or is not available */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description dlv_… */
                    deliveryId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                accessPointId: string | null;
                                available: boolean;
                                /** @enum {unknown} */
                                method: "in_home" | "in_garage" | "in_car" | "doorstep";
                                /** @description Why the method is not available; empty when it is */
                                reasons: string[];
                            }[];
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/deliveries/{deliveryId}/locker": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A locker delivery's reservation (its carrier and courier) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description dlv_… */
                    deliveryId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            codeIssued: boolean;
                            compartment: {
                                id: string;
                                label: string;
                                size: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            deliveryId: string;
                            door: string;
                            expiresAt: string | null;
                            id: string;
                            lockedOut: boolean;
                            parcelSize: string;
                            siteId: string;
                            status: string;
                            /** Format: date-time */
                            updatedAt: string;
                            wrongCodes: number;
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/deliveries/{deliveryId}/reattempt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reopen an ended delivery (fallen back, failed or aborted) for another attempt; never a delivered one. API key with deliveries:write or an organisation admin; recorded in the home ledger */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes a retry safe: the same key with the same request replays the first answer (docs/api.md) */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description dlv_… */
                    deliveryId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accessPointId: string | null;
                            courierId: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            externalId: string;
                            homeId: string;
                            id: string;
                            method: "in_home" | "in_car" | "doorstep" | "locker";
                            organisationId: string;
                            /** @description Why in-home is not offered; empty when it is */
                            reasons: string[];
                            status: string;
                            /** Format: date-time */
                            updatedAt: string;
                            window: {
                                /** Format: date-time */
                                end: string;
                                /** Format: date-time */
                                start: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/device-api/rejections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The calling device's recently refused messages (`Authorization: Device <token>`) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                at: string;
                                id: string;
                                /** @description The refused message, cut at 4096 characters */
                                payload: string;
                                /** @description A rejection reason (docs/protocol.md "Refusals") */
                                reason: string;
                                topic: string;
                            }[];
                            summary: {
                                /** @description Counts by rejection reason */
                                byReason: {
                                    [key: string]: number;
                                };
                                lastAt: string | null;
                                /** @description Messages from this device the platform refused, ever */
                                total: number;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/device-uploads/clips/{sha256}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Upload a clip (paired camera, `Authorization: Device <token>`, for a session it was asked to record) */
        put: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The recording session (from `record.start`); absent: the oldest session awaiting an upload */
                    "threshold-session"?: string;
                };
                path: {
                    /** @description lower-case hex SHA-256 of the body */
                    sha256: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            bytes: number;
                            sha256: string;
                            verification: {
                                detail: string | null;
                                ok: boolean;
                            };
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            bytes: number;
                            sha256: string;
                            verification: {
                                detail: string | null;
                                ok: boolean;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/devices/{deviceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    deviceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accessPointId: string | null;
                            claimedAt: string | null;
                            firmware: string;
                            health: {
                                battery: number | null;
                                bolt: ("locked" | "unlocked" | "jammed") | null;
                                clockSkewMs: number | null;
                                door: ("open" | "closed") | null;
                                doorAjar: boolean | null;
                                garage: ("closed" | "opening" | "open" | "closing" | "stopped") | null;
                                jammed: boolean | null;
                                light: boolean | null;
                                obstructed: boolean | null;
                                recording: boolean | null;
                                signal: number | null;
                                storageFreeMb: number | null;
                                tamper: boolean | null;
                            };
                            homeId: string | null;
                            id: string;
                            kind: "lock" | "camera" | "vehicle" | "opener" | "locker_bank";
                            lastSeenAt: string | null;
                            online: boolean;
                            refusals: {
                                /** @description Counts by rejection reason */
                                byReason: {
                                    [key: string]: number;
                                };
                                lastAt: string | null;
                                /** @description Messages from this device the platform refused, ever */
                                total: number;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/devices/pair": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pair a device to an access point with its claim code */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes a retry safe: the same key with the same request replays the first answer (docs/api.md) */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description ap_… */
                        accessPointId: string;
                        /** @description As printed on the box: XXXX-XXXX-XXXX */
                        claimCode: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accessPointId: string | null;
                            claimedAt: string | null;
                            firmware: string;
                            health: {
                                battery: number | null;
                                bolt: ("locked" | "unlocked" | "jammed") | null;
                                clockSkewMs: number | null;
                                door: ("open" | "closed") | null;
                                doorAjar: boolean | null;
                                garage: ("closed" | "opening" | "open" | "closing" | "stopped") | null;
                                jammed: boolean | null;
                                light: boolean | null;
                                obstructed: boolean | null;
                                recording: boolean | null;
                                signal: number | null;
                                storageFreeMb: number | null;
                                tamper: boolean | null;
                            };
                            homeId: string | null;
                            id: string;
                            kind: "lock" | "camera" | "vehicle" | "opener" | "locker_bank";
                            lastSeenAt: string | null;
                            online: boolean;
                            refusals: {
                                /** @description Counts by rejection reason */
                                byReason: {
                                    [key: string]: number;
                                };
                                lastAt: string | null;
                                /** @description Messages from this device the platform refused, ever */
                                total: number;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/eligibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every delivery method (in_home, in_garage, in_car, lobby, package_room, locker, doorstep) at an address in a window, and why it is or is not available */
        get: {
            parameters: {
                query: {
                    /** @description An enrolled home’s id (home_…), or a position as a geo URI (RFC 5870): geo:52.3702,4.8952 */
                    address: string;
                    /** @description org_… */
                    organisationId?: string;
                    /** @description The parcel’s locker size (S when not said) */
                    size?: "S" | "M" | "L" | "XL";
                    /** @description start/end, ISO 8601 instants with an offset: 2026-12-03T08:00:00Z/2026-12-03T11:00:00Z */
                    window: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every delivery method for the address and window, and why it is or is not available */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                accessPointId: string | null;
                                available: boolean;
                                /** @enum {unknown} */
                                method: "in_home" | "in_garage" | "in_car" | "lobby" | "package_room" | "locker" | "doorstep";
                                /** @description Why the method is not available, as stable codes (empty when it is): window_invalid, not_served, outside_postal_area, not_a_customer, no_access_point, customer_disallows, customer_day_off, lock_not_paired, lock_offline, lock_unhealthy, camera_not_paired, camera_offline, camera_unhealthy, opener_not_paired, opener_offline, opener_unhealthy, no_car, vehicle_not_paired, car_blocked, car_day_not_allowed, parcel_does_not_fit, not_in_building, no_usable_entrance, no_package_room, no_locker_nearby, no_locker_room */
                                reasons: string[];
                            }[];
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/grants/{grantId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description grant_… */
                    grantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accessPointIds: string[];
                            cameraRequired: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            grantee: {
                                /** @enum {string} */
                                kind: "provider";
                                organisationId: string;
                                workerId: string | null;
                            } | {
                                acceptedAt: string | null;
                                email: string;
                                /** @enum {string} */
                                kind: "person";
                            };
                            homeId: string;
                            id: string;
                            maxVisitMinutes: number;
                            /** @description The next windows (up to 5), in progress first */
                            nextWindows: {
                                /** Format: date-time */
                                end: string;
                                localDate: string;
                                /** Format: date-time */
                                start: string;
                            }[];
                            notes: string;
                            schedule: {
                                end: string;
                                /** @enum {string} */
                                kind: "once";
                                start: string;
                            } | {
                                durationMinutes: number;
                                exdates?: string[];
                                firstDate: string;
                                /** @enum {string} */
                                kind: "recurring";
                                rrule: string;
                                startLocal?: string;
                            };
                            status: "pending" | "active" | "paused" | "revoked";
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                            versions: {
                                /** Format: date-time */
                                createdAt: string;
                                createdBy: string;
                                terms: unknown;
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        /** Replace the terms: a new version */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description grant_… */
                    grantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        accessPointIds: string[];
                        /** @description Default true */
                        cameraRequired?: boolean;
                        /** @description The longest a visit may last */
                        maxVisitMinutes: number;
                        notes?: string;
                        schedule: {
                            /** Format: date-time */
                            end: string;
                            /** @enum {string} */
                            kind: "once";
                            /** Format: date-time */
                            start: string;
                        } | {
                            durationMinutes: number;
                            exdates?: string[];
                            firstDate: string;
                            /** @enum {string} */
                            kind: "recurring";
                            /** @description RFC 5545 RRULE value, e.g. 'FREQ=WEEKLY;BYDAY=TU' */
                            rrule: string;
                            startLocal?: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accessPointIds: string[];
                            cameraRequired: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            grantee: {
                                /** @enum {string} */
                                kind: "provider";
                                organisationId: string;
                                workerId: string | null;
                            } | {
                                acceptedAt: string | null;
                                email: string;
                                /** @enum {string} */
                                kind: "person";
                            };
                            homeId: string;
                            id: string;
                            maxVisitMinutes: number;
                            /** @description The next windows (up to 5), in progress first */
                            nextWindows: {
                                /** Format: date-time */
                                end: string;
                                localDate: string;
                                /** Format: date-time */
                                start: string;
                            }[];
                            notes: string;
                            schedule: {
                                end: string;
                                /** @enum {string} */
                                kind: "once";
                                start: string;
                            } | {
                                durationMinutes: number;
                                exdates?: string[];
                                firstDate: string;
                                /** @enum {string} */
                                kind: "recurring";
                                rrule: string;
                                startLocal?: string;
                            };
                            status: "pending" | "active" | "paused" | "revoked";
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change some terms: a new version */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description grant_… */
                    grantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        accessPointIds?: string[];
                        /** @description Default true */
                        cameraRequired?: boolean;
                        /** @description The longest a visit may last */
                        maxVisitMinutes?: number;
                        notes?: string;
                        schedule?: {
                            /** Format: date-time */
                            end: string;
                            /** @enum {string} */
                            kind: "once";
                            /** Format: date-time */
                            start: string;
                        } | {
                            durationMinutes: number;
                            exdates?: string[];
                            firstDate: string;
                            /** @enum {string} */
                            kind: "recurring";
                            /** @description RFC 5545 RRULE value, e.g. 'FREQ=WEEKLY;BYDAY=TU' */
                            rrule: string;
                            startLocal?: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accessPointIds: string[];
                            cameraRequired: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            grantee: {
                                /** @enum {string} */
                                kind: "provider";
                                organisationId: string;
                                workerId: string | null;
                            } | {
                                acceptedAt: string | null;
                                email: string;
                                /** @enum {string} */
                                kind: "person";
                            };
                            homeId: string;
                            id: string;
                            maxVisitMinutes: number;
                            /** @description The next windows (up to 5), in progress first */
                            nextWindows: {
                                /** Format: date-time */
                                end: string;
                                localDate: string;
                                /** Format: date-time */
                                start: string;
                            }[];
                            notes: string;
                            schedule: {
                                end: string;
                                /** @enum {string} */
                                kind: "once";
                                start: string;
                            } | {
                                durationMinutes: number;
                                exdates?: string[];
                                firstDate: string;
                                /** @enum {string} */
                                kind: "recurring";
                                rrule: string;
                                startLocal?: string;
                            };
                            status: "pending" | "active" | "paused" | "revoked";
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/grants/{grantId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The invited person accepts a grant offered to them */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes a retry safe: the same key with the same request replays the first answer (docs/api.md) */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description grant_… */
                    grantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accessPointIds: string[];
                            cameraRequired: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            grantee: {
                                /** @enum {string} */
                                kind: "provider";
                                organisationId: string;
                                workerId: string | null;
                            } | {
                                acceptedAt: string | null;
                                email: string;
                                /** @enum {string} */
                                kind: "person";
                            };
                            homeId: string;
                            id: string;
                            maxVisitMinutes: number;
                            /** @description The next windows (up to 5), in progress first */
                            nextWindows: {
                                /** Format: date-time */
                                end: string;
                                localDate: string;
                                /** Format: date-time */
                                start: string;
                            }[];
                            notes: string;
                            schedule: {
                                end: string;
                                /** @enum {string} */
                                kind: "once";
                                start: string;
                            } | {
                                durationMinutes: number;
                                exdates?: string[];
                                firstDate: string;
                                /** @enum {string} */
                                kind: "recurring";
                                rrule: string;
                                startLocal?: string;
                            };
                            status: "pending" | "active" | "paused" | "revoked";
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/grants/{grantId}/cant-come": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The worker cannot come for a window: the customer is told (an alert and a ledger fact) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes a retry safe: the same key with the same request replays the first answer (docs/api.md) */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description grant_… */
                    grantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The window's local date */
                        localDate: string;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            alertId: string;
                            /** Format: date-time */
                            at: string;
                            message: string;
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/grants/{grantId}/check-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The worker at the door: a visit with every check recorded; then POST /v1/visits/{id}/unlock */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes a retry safe: the same key with the same request replays the first answer (docs/api.md) */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description grant_… */
                    grantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description ap_… */
                        accessPointId?: string;
                        position: {
                            accuracyMeters: number;
                            lat: number;
                            lon: number;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            visit: {
                                accessPointId: string;
                                checks: {
                                    evidence: unknown;
                                    name: string;
                                    passed: boolean;
                                    reason: string | null;
                                }[];
                                closedAt: string | null;
                                deliveryId: string | null;
                                homeId: string;
                                id: string;
                                /** @description Alerts raised during the visit, in order */
                                marks: string[];
                                /** Format: date-time */
                                openedAt: string;
                                outcome: unknown | null;
                                personId: string;
                                state: string;
                                /** @description The footage does not cover all the time the door was unlocked */
                                unverified: boolean;
                                /** Format: date-time */
                                updatedAt: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/grants/{grantId}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes a retry safe: the same key with the same request replays the first answer (docs/api.md) */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description grant_… */
                    grantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accessPointIds: string[];
                            cameraRequired: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            grantee: {
                                /** @enum {string} */
                                kind: "provider";
                                organisationId: string;
                                workerId: string | null;
                            } | {
                                acceptedAt: string | null;
                                email: string;
                                /** @enum {string} */
                                kind: "person";
                            };
                            homeId: string;
                            id: string;
                            maxVisitMinutes: number;
                            /** @description The next windows (up to 5), in progress first */
                            nextWindows: {
                                /** Format: date-time */
                                end: string;
                                localDate: string;
                                /** Format: date-time */
                                start: string;
                            }[];
                            notes: string;
                            schedule: {
                                end: string;
                                /** @enum {string} */
                                kind: "once";
                                start: string;
                            } | {
                                durationMinutes: number;
                                exdates?: string[];
                                firstDate: string;
                                /** @enum {string} */
                                kind: "recurring";
                                rrule: string;
                                startLocal?: string;
                            };
                            status: "pending" | "active" | "paused" | "revoked";
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/grants/{grantId}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes a retry safe: the same key with the same request replays the first answer (docs/api.md) */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description grant_… */
                    grantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accessPointIds: string[];
                            cameraRequired: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            grantee: {
                                /** @enum {string} */
                                kind: "provider";
                                organisationId: string;
                                workerId: string | null;
                            } | {
                                acceptedAt: string | null;
                                email: string;
                                /** @enum {string} */
                                kind: "person";
                            };
                            homeId: string;
                            id: string;
                            maxVisitMinutes: number;
                            /** @description The next windows (up to 5), in progress first */
                            nextWindows: {
                                /** Format: date-time */
                                end: string;
                                localDate: string;
                                /** Format: date-time */
                                start: string;
                            }[];
                            notes: string;
                            schedule: {
                                end: string;
                                /** @enum {string} */
                                kind: "once";
                                start: string;
                            } | {
                                durationMinutes: number;
                                exdates?: string[];
                                firstDate: string;
                                /** @enum {string} */
                                kind: "recurring";
                                rrule: string;
                                startLocal?: string;
                            };
                            status: "pending" | "active" | "paused" | "revoked";
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/grants/{grantId}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes a retry safe: the same key with the same request replays the first answer (docs/api.md) */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description grant_… */
                    grantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accessPointIds: string[];
                            cameraRequired: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            grantee: {
                                /** @enum {string} */
                                kind: "provider";
                                organisationId: string;
                                workerId: string | null;
                            } | {
                                acceptedAt: string | null;
                                email: string;
                                /** @enum {string} */
                                kind: "person";
                            };
                            homeId: string;
                            id: string;
                            maxVisitMinutes: number;
                            /** @description The next windows (up to 5), in progress first */
                            nextWindows: {
                                /** Format: date-time */
                                end: string;
                                localDate: string;
                                /** Format: date-time */
                                start: string;
                            }[];
                            notes: string;
                            schedule: {
                                end: string;
                                /** @enum {string} */
                                kind: "once";
                                start: string;
                            } | {
                                durationMinutes: number;
                                exdates?: string[];
                                firstDate: string;
                                /** @enum {string} */
                                kind: "recurring";
                                rrule: string;
                                startLocal?: string;
                            };
                            status: "pending" | "active" | "paused" | "revoked";
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/grants/{grantId}/visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The grant's visits, newest first, with their verdicts */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description grant_… */
                    grantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                checkedOutAt: string | null;
                                closedAt: string | null;
                                /** Format: date-time */
                                openedAt: string;
                                state: string;
                                verdict: {
                                    expectations: {
                                        evidence: {
                                            [key: string]: unknown;
                                        };
                                        name: "in_window" | "max_duration" | "door_relocked" | "camera_recording" | "checked_out";
                                        outcome: "kept" | "broken" | "not_applicable";
                                        reason: string | null;
                                    }[];
                                    judgedAtMs: number;
                                    verdict: "kept" | "broken";
                                } | null;
                                visitId: string;
                                window: {
                                    /** Format: date-time */
                                    end: string;
                                    /** Format: date-time */
                                    start: string;
                                } | null;
                            }[];
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/homes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Homes the caller is a member of */
        get: {
            parameters: {
                query?: {
                    /** @description nextCursor of the previous page */
                    after?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                addressLine1: string;
                                addressLine2: string | null;
                                city: string;
                                /** @description ISO 3166-1 alpha-2 */
                                country: string;
                                /** Format: date-time */
                                createdAt: string;
                                geofenceRadiusM: number;
                                id: string;
                                lat: number;
                                lon: number;
                                name: string;
                                postalCode: string;
                                /** @description IANA time zone, e.g. Europe/Amsterdam */
                                timeZone: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a home; the creator becomes its owner */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes a retry safe: the same key with the same request replays the first answer (docs/api.md) */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        addressLine1: string;
                        addressLine2?: string | null;
                        city: string;
                        /** @description ISO 3166-1 alpha-2 */
                        country: string;
                        geofenceRadiusM: number;
                        lat: number;
                        lon: number;
                        name: string;
                        postalCode: string;
                        /** @description IANA time zone, e.g. Europe/Amsterdam */
                        timeZone: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            addressLine1: string;
                            addressLine2: string | null;
                            city: string;
                            /** @description ISO 3166-1 alpha-2 */
                            country: string;
                            /** Format: date-time */
                            createdAt: string;
                            geofenceRadiusM: number;
                            id: string;
                            lat: number;
                            lon: number;
                            name: string;
                            postalCode: string;
                            /** @description IANA time zone, e.g. Europe/Amsterdam */
                            timeZone: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/homes/{homeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description home_… */
                    homeId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            addressLine1: string;
                            addressLine2: string | null;
                            city: string;
                            /** @description ISO 3166-1 alpha-2 */
                            country: string;
                            /** Format: date-time */
                            createdAt: string;
                            geofenceRadiusM: number;
                            id: string;
                            lat: number;
                            lon: number;
                            name: string;
                            postalCode: string;
                            /** @description IANA time zone, e.g. Europe/Amsterdam */
                            timeZone: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete the home's personal data (owner; confirm with its name); answers the final checkpoint */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description home_… */
                    homeId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The home's name, exactly */
                        confirm: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            checkpoint: {
                                at: string;
                                headHash: string;
                                homeId: string;
                                kid: string;
                                rootHash: string;
                                sig: string;
                                treeSize: number;
                            };
                            /** @enum {boolean} */
                            deleted: true;
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description home_… */
                    homeId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        addressLine1?: string;
                        addressLine2?: string | null;
                        city?: string;
                        /** @description ISO 3166-1 alpha-2 */
                        country?: string;
                        geofenceRadiusM?: number;
                        lat?: number;
                        lon?: number;
                        name?: string;
                        postalCode?: string;
                        /** @description IANA time zone, e.g. Europe/Amsterdam */
                        timeZone?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            addressLine1: string;
                            addressLine2: string | null;
                            city: string;
                            /** @description ISO 3166-1 alpha-2 */
                            country: string;
                            /** Format: date-time */
                            createdAt: string;
                            geofenceRadiusM: number;
                            id: string;
                            lat: number;
                            lon: number;
                            name: string;
                            postalCode: string;
                            /** @description IANA time zone, e.g. Europe/Amsterdam */
                            timeZone: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/homes/{homeId}/access-points": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description home_… */
                    homeId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                createdAt: string;
                                homeId: string;
                                id: string;
                                kind: ("front_door" | "back_door" | "garage" | "side_gate") | "car_boot";
                                name: string;
                            }[];
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes a retry safe: the same key with the same request replays the first answer (docs/api.md) */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description home_… */
                    homeId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        kind: "front_door" | "back_door" | "garage" | "side_gate";
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            homeId: string;
                            id: string;
                            kind: ("front_door" | "back_door" | "garage" | "side_gate") | "car_boot";
                            name: string;
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/homes/{homeId}/access-points/{accessPointId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description ap_… */
                    accessPointId: string;
                    /** @description home_… */
                    homeId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description ap_… */
                    accessPointId: string;
                    /** @description home_… */
                    homeId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        kind?: "front_door" | "back_door" | "garage" | "side_gate";
                        name?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            homeId: string;
                            id: string;
                            kind: ("front_door" | "back_door" | "garage" | "side_gate") | "car_boot";
                            name: string;
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/homes/{homeId}/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The home's alerts, newest first: door left open, overdue, camera gaps, jams, doors opened with no visit */
        get: {
            parameters: {
                query?: {
                    /** @description nextCursor of the previous page */
                    after?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    /** @description home_… */
                    homeId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                acknowledgedAt?: string | null;
                                /** Format: date-time */
                                at: string;
                                homeId: string;
                                id: string;
                                kind: string;
                                message: string;
                                visitId: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/homes/{homeId}/car": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The home's car with the vehicle's last report (position, parked, boot) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description home_… */
                    homeId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accessPointId: string;
                            allowedWeekdays: number[];
                            blocked: boolean;
                            boot: {
                                heightCm: number;
                                lengthCm: number;
                                widthCm: number;
                            };
                            colour: string;
                            /** Format: date-time */
                            createdAt: string;
                            homeId: string;
                            id: string;
                            make: string;
                            maxValueCents: number;
                            parking: {
                                lat: number;
                                lon: number;
                                maxDistanceM: number;
                            };
                            photo: string | null;
                            plate: string;
                            /** Format: date-time */
                            updatedAt: string;
                            vehicle: {
                                boot: "open" | "closed";
                                deviceId: string;
                                ignition: "on" | "off";
                                locked: boolean;
                                online: boolean;
                                parked: boolean;
                                parkedSince: string | null;
                                position: {
                                    accuracyM: number;
                                    lat: number;
                                    lon: number;
                                };
                                /** Format: date-time */
                                reportedAt: string;
                            } | null;
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Register the home's car (owner); makes its car-boot access point for the vehicle to pair to */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes a retry safe: the same key with the same request replays the first answer (docs/api.md) */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description home_… */
                    homeId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        allowedWeekdays: number[];
                        boot?: {
                            heightCm: number;
                            lengthCm: number;
                            widthCm: number;
                        };
                        colour: string;
                        make: string;
                        maxValueCents?: number;
                        parking: {
                            lat: number;
                            lon: number;
                            maxDistanceM: number;
                        };
                        photo?: string | null;
                        plate: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accessPointId: string;
                            allowedWeekdays: number[];
                            blocked: boolean;
                            boot: {
                                heightCm: number;
                                lengthCm: number;
                                widthCm: number;
                            };
                            colour: string;
                            /** Format: date-time */
                            createdAt: string;
                            homeId: string;
                            id: string;
                            make: string;
                            maxValueCents: number;
                            parking: {
                                lat: number;
                                lon: number;
                                maxDistanceM: number;
                            };
                            photo: string | null;
                            plate: string;
                            /** Format: date-time */
                            updatedAt: string;
                            vehicle: {
                                boot: "open" | "closed";
                                deviceId: string;
                                ignition: "on" | "off";
                                locked: boolean;
                                online: boolean;
                                parked: boolean;
                                parkedSince: string | null;
                                position: {
                                    accuracyM: number;
                                    lat: number;
                                    lon: number;
                                };
                                /** Format: date-time */
                                reportedAt: string;
                            } | null;
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        /** Remove the car and its access point (owner; unpair the vehicle first) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description home_… */
                    homeId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change the car, its days or where it parks, or block car access (owner; takes effect at once) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description home_… */
                    homeId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        allowedWeekdays?: number[];
                        blocked?: boolean;
                        boot?: {
                            heightCm: number;
                            lengthCm: number;
                            widthCm: number;
                        };
                        colour?: string;
                        make?: string;
                        maxValueCents?: number;
                        parking?: {
                            lat: number;
                            lon: number;
                            maxDistanceM: number;
                        };
                        photo?: string | null;
                        plate?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accessPointId: string;
                            allowedWeekdays: number[];
                            blocked: boolean;
                            boot: {
                                heightCm: number;
                                lengthCm: number;
                                widthCm: number;
                            };
                            colour: string;
                            /** Format: date-time */
                            createdAt: string;
                            homeId: string;
                            id: string;
                            make: string;
                            maxValueCents: number;
                            parking: {
                                lat: number;
                                lon: number;
                                maxDistanceM: number;
                            };
                            photo: string | null;
                            plate: string;
                            /** Format: date-time */
                            updatedAt: string;
                            vehicle: {
                                boot: "open" | "closed";
                                deviceId: string;
                                ignition: "on" | "off";
                                locked: boolean;
                                online: boolean;
                                parked: boolean;
                                parkedSince: string | null;
                                position: {
                                    accuracyM: number;
                                    lat: number;
                                    lon: number;
                                };
                                /** Format: date-time */
                                reportedAt: string;
                            } | null;
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/homes/{homeId}/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The home’s claims, newest first */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                };
                header?: never;
                path: {
                    /** @description home_… */
                    homeId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                accessUntil: string | null;
                                assignedAt: string | null;
                                assignedToYou: boolean;
                                description: string;
                                /** @description The visit's ledger entries as they stood when the claim was opened */
                                evidence: {
                                    entries: number;
                                    fromSeq: number;
                                    headHash: string;
                                    toSeq: number;
                                };
                                homeId: string;
                                id: string;
                                kind: "damage" | "missing_item" | "door_left_open" | "privacy" | "other";
                                /** Format: date-time */
                                openedAt: string;
                                resolution: ({
                                    amount: {
                                        /** @description ISO 4217 code */
                                        currency: string;
                                        /** @description In minor units (cents) */
                                        minor: number;
                                    };
                                    /** @enum {string} */
                                    outcome: "upheld";
                                } | {
                                    /** @enum {string} */
                                    outcome: "rejected";
                                    reason: string;
                                }) | null;
                                state: "open" | "in_review" | "needs_info" | "resolved" | "closed";
                                /** Format: date-time */
                                updatedAt: string;
                                visitId: string;
                            }[];
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/homes/{homeId}/devices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description home_… */
                    homeId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                accessPointId: string | null;
                                claimedAt: string | null;
                                firmware: string;
                                health: {
                                    battery: number | null;
                                    bolt: ("locked" | "unlocked" | "jammed") | null;
                                    clockSkewMs: number | null;
                                    door: ("open" | "closed") | null;
                                    doorAjar: boolean | null;
                                    garage: ("closed" | "opening" | "open" | "closing" | "stopped") | null;
                                    jammed: boolean | null;
                                    light: boolean | null;
                                    obstructed: boolean | null;
                                    recording: boolean | null;
                                    signal: number | null;
                                    storageFreeMb: number | null;
                                    tamper: boolean | null;
                                };
                                homeId: string | null;
                                id: string;
                                kind: "lock" | "camera" | "vehicle" | "opener" | "locker_bank";
                                lastSeenAt: string | null;
                                online: boolean;
                                refusals: {
                                    /** @description Counts by rejection reason */
                                    byReason: {
                                        [key: string]: number;
                                    };
                                    lastAt: string | null;
                                    /** @description Messages from this device the platform refused, ever */
                                    total: number;
                                };
                            }[];
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/homes/{homeId}/devices/{deviceId}/rejections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A home device's recently refused messages */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                };
                header?: never;
                path: {
                    deviceId: string;
                    /** @description home_… */
                    homeId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                at: string;
                                id: string;
                                /** @description The refused message, cut at 4096 characters */
                                payload: string;
                                /** @description A rejection reason (docs/protocol.md "Refusals") */
                                reason: string;
                                topic: string;
                            }[];
                            summary: {
                                /** @description Counts by rejection reason */
                                byReason: {
                                    [key: string]: number;
                                };
                                lastAt: string | null;
                                /** @description Messages from this device the platform refused, ever */
                                total: number;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/homes/{homeId}/enrolments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enrol the home with a carrier, which may then book in-home deliveries to it */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes a retry safe: the same key with the same request replays the first answer (docs/api.md) */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description home_… */
                    homeId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description org_… */
                        organisationId: string;
                        plan: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            homeId: string;
                            organisationId: string;
                            plan: string;
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/homes/{homeId}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Live updates of a home as server-sent events (visit, device, alert, ledger)
         * @description text/event-stream. Each event has `id`, `event` (home.visit, home.device, home.alert, home.ledger or resync) and one line of JSON `data`. Send `Last-Event-ID` to replay what the server still holds; a `resync` event means it holds too little and the client should reload. A comment line every 15 s keeps the connection open.
         */
        get: {
            parameters: {
                query?: never;
                header?: {
                    "last-event-id"?: string;
                };
                path: {
                    /** @description home_… */
                    homeId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description text/event-stream */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/homes/{homeId}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everything about the home as a .tar.gz, with a manifest of SHA-256s and a signed checkpoint (owner) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description home_… */
                    homeId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The archive */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/gzip": string;
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/homes/{homeId}/grants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description home_… */
                    homeId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                accessPointIds: string[];
                                cameraRequired: boolean;
                                /** Format: date-time */
                                createdAt: string;
                                grantee: {
                                    /** @enum {string} */
                                    kind: "provider";
                                    organisationId: string;
                                    workerId: string | null;
                                } | {
                                    acceptedAt: string | null;
                                    email: string;
                                    /** @enum {string} */
                                    kind: "person";
                                };
                                homeId: string;
                                id: string;
                                maxVisitMinutes: number;
                                /** @description The next windows (up to 5), in progress first */
                                nextWindows: {
                                    /** Format: date-time */
                                    end: string;
                                    localDate: string;
                                    /** Format: date-time */
                                    start: string;
                                }[];
                                notes: string;
                                schedule: {
                                    end: string;
                                    /** @enum {string} */
                                    kind: "once";
                                    start: string;
                                } | {
                                    durationMinutes: number;
                                    exdates?: string[];
                                    firstDate: string;
                                    /** @enum {string} */
                                    kind: "recurring";
                                    rrule: string;
                                    startLocal?: string;
                                };
                                status: "pending" | "active" | "paused" | "revoked";
                                /** Format: date-time */
                                updatedAt: string;
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Grant a service provider (any of its workers, or one) or an invited person access to doors on a schedule */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes a retry safe: the same key with the same request replays the first answer (docs/api.md) */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description home_… */
                    homeId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        accessPointIds: string[];
                        /** @description Default true */
                        cameraRequired?: boolean;
                        grantee: {
                            /** @enum {string} */
                            kind: "provider";
                            /** @description org_… */
                            organisationId: string;
                            /** @description usr_… */
                            workerId?: string;
                        } | {
                            /** Format: email */
                            email: string;
                            /** @enum {string} */
                            kind: "person";
                        };
                        /** @description The longest a visit may last */
                        maxVisitMinutes: number;
                        notes?: string;
                        schedule: {
                            /** Format: date-time */
                            end: string;
                            /** @enum {string} */
                            kind: "once";
                            /** Format: date-time */
                            start: string;
                        } | {
                            durationMinutes: number;
                            exdates?: string[];
                            firstDate: string;
                            /** @enum {string} */
                            kind: "recurring";
                            /** @description RFC 5545 RRULE value, e.g. 'FREQ=WEEKLY;BYDAY=TU' */
                            rrule: string;
                            startLocal?: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accessPointIds: string[];
                            cameraRequired: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            grantee: {
                                /** @enum {string} */
                                kind: "provider";
                                organisationId: string;
                                workerId: string | null;
                            } | {
                                acceptedAt: string | null;
                                email: string;
                                /** @enum {string} */
                                kind: "person";
                            };
                            homeId: string;
                            id: string;
                            maxVisitMinutes: number;
                            /** @description The next windows (up to 5), in progress first */
                            nextWindows: {
                                /** Format: date-time */
                                end: string;
                                localDate: string;
                                /** Format: date-time */
                                start: string;
                            }[];
                            notes: string;
                            schedule: {
                                end: string;
                                /** @enum {string} */
                                kind: "once";
                                start: string;
                            } | {
                                durationMinutes: number;
                                exdates?: string[];
                                firstDate: string;
                                /** @enum {string} */
                                kind: "recurring";
                                rrule: string;
                                startLocal?: string;
                            };
                            status: "pending" | "active" | "paused" | "revoked";
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/homes/{homeId}/ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A page of the home's ledger */
        get: {
            parameters: {
                query?: {
                    /** @description nextCursor of the previous page */
                    after?: string;
                    /** @description Deprecated: the same as `after` */
                    afterSeq?: number;
                    limit?: number;
                };
                header?: never;
                path: {
                    /** @description home_… */
                    homeId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                                hash: string;
                                homeId: string;
                                kind: string;
                                prevHash: string;
                                seq: number;
                                subject: string | null;
                            }[];
                            nextAfterSeq: number | null;
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/homes/{homeId}/ledger/checkpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The home's signed checkpoints, oldest first */
        get: {
            parameters: {
                query?: {
                    /** @description nextCursor of the previous page */
                    after?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    /** @description home_… */
                    homeId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                at: string;
                                headHash: string;
                                homeId: string;
                                kid: string;
                                rootHash: string;
                                /** @description Ed25519 over the checkpoint payload, base64url */
                                sig: string;
                                treeSize: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/homes/{homeId}/ledger/checkpoints/latest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The newest signed checkpoint */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description home_… */
                    homeId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            at: string;
                            headHash: string;
                            homeId: string;
                            kid: string;
                            rootHash: string;
                            /** @description Ed25519 over the checkpoint payload, base64url */
                            sig: string;
                            treeSize: number;
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/homes/{homeId}/ledger/consistency": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** RFC 9162 consistency proof: the ledger of `to` entries extends the ledger of `from` entries */
        get: {
            parameters: {
                query: {
                    from: number;
                    to: number;
                };
                header?: never;
                path: {
                    /** @description home_… */
                    homeId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            fromSize: number;
                            proof: string[];
                            toSize: number;
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/homes/{homeId}/ledger/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Verifies the home's whole ledger; names the first entry that is not what the ledger says it is */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description home_… */
                    homeId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            firstBad?: {
                                problem: string;
                                seq: number;
                            };
                            head?: string;
                            ok: boolean;
                            size?: number;
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/homes/{homeId}/locker-reservations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The home's parcels in lockers (its members) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description home_… */
                    homeId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                codeIssued: boolean;
                                compartment: {
                                    id: string;
                                    label: string;
                                    size: string;
                                };
                                /** Format: date-time */
                                createdAt: string;
                                deliveryId: string;
                                door: string;
                                expiresAt: string | null;
                                id: string;
                                lockedOut: boolean;
                                parcelSize: string;
                                siteId: string;
                                status: string;
                                /** Format: date-time */
                                updatedAt: string;
                                wrongCodes: number;
                            }[];
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/homes/{homeId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description home_… */
                    homeId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: email */
                                email: string;
                                name: string;
                                role: "owner" | "resident";
                                userId: string;
                            }[];
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Invite someone to the home as owner or resident; they join when they accept
         * @description Answers 201 with the same receipt whether or not the email has a customer account (docs/api.md, "Invitations"). The invitee accepts with `POST /v1/me/invitations/{id}/accept`.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes a retry safe: the same key with the same request replays the first answer (docs/api.md) */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description home_… */
                    homeId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        role: "owner" | "resident";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: email */
                            email: string;
                            /** Format: date-time */
                            expiresAt: string;
                            id: string;
                            role: string;
                            target: {
                                id: string;
                                kind: "organisation" | "home";
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/homes/{homeId}/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description home_… */
                    homeId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            daysOff: string[];
                            fallback: "doorstep" | "locker" | "reattempt";
                            /** @description Doors open to in-home delivery */
                            inHomeAccessPointIds: string[];
                            instructions: string;
                            pets: {
                                /** @description For the courier, e.g. "cat, stays in the kitchen" */
                                note: string;
                                status: "none" | "contained" | "loose";
                            };
                            /** @description Garages a courier may enter without a camera recording (docs/access-points.md "Garage"); every other access point needs its camera */
                            unrecordedAccessPointIds?: string[];
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description home_… */
                    homeId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        daysOff: string[];
                        fallback: "doorstep" | "locker" | "reattempt";
                        /** @description Doors open to in-home delivery */
                        inHomeAccessPointIds: string[];
                        instructions: string;
                        pets: {
                            /** @description For the courier, e.g. "cat, stays in the kitchen" */
                            note: string;
                            status: "none" | "contained" | "loose";
                        };
                        /** @description Garages a courier may enter without a camera recording (docs/access-points.md "Garage"); every other access point needs its camera */
                        unrecordedAccessPointIds?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            daysOff: string[];
                            fallback: "doorstep" | "locker" | "reattempt";
                            /** @description Doors open to in-home delivery */
                            inHomeAccessPointIds: string[];
                            instructions: string;
                            pets: {
                                /** @description For the courier, e.g. "cat, stays in the kitchen" */
                                note: string;
                                status: "none" | "contained" | "loose";
                            };
                            /** @description Garages a courier may enter without a camera recording (docs/access-points.md "Garage"); every other access point needs its camera */
                            unrecordedAccessPointIds?: string[];
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/homes/{homeId}/retention": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How long the home's clips are kept */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description home_… */
                    homeId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Days a clip file is kept after it was stored (default 30) */
                            clipDays: number;
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        /** Set how long the home's clips are kept (owner); clips under an open claim are kept until it closes */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description home_… */
                    homeId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Days a clip file is kept after it was stored (default 30) */
                        clipDays: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Days a clip file is kept after it was stored (default 30) */
                            clipDays: number;
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/homes/{homeId}/visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    /** @description nextCursor of the previous page */
                    after?: string;
                    from?: string;
                    limit?: number;
                    state?: string;
                    to?: string;
                };
                header?: never;
                path: {
                    /** @description home_… */
                    homeId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                accessPointId: string;
                                checks: {
                                    evidence: unknown;
                                    name: string;
                                    passed: boolean;
                                    reason: string | null;
                                }[];
                                closedAt: string | null;
                                deliveryId: string | null;
                                homeId: string;
                                id: string;
                                /** @description Alerts raised during the visit, in order */
                                marks: string[];
                                /** Format: date-time */
                                openedAt: string;
                                outcome: unknown | null;
                                personId: string;
                                state: string;
                                /** @description The footage does not cover all the time the door was unlocked */
                                unverified: boolean;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/locker-open-requests/{requestId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A second operator admin approves another admin's request to open many compartments */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes a retry safe: the same key with the same request replays the first answer (docs/api.md) */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description lko_… */
                    requestId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approvedBy: string | null;
                            compartmentIds: string[];
                            /** Format: date-time */
                            createdAt: string;
                            id: string;
                            reason: string;
                            requestedBy: string;
                            /** @description Open commands the banks received */
                            sent: number;
                            siteId: string;
                            status: "pending" | "opened";
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/locker-reservations/{reservationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description lkr_… */
                    reservationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            codeIssued: boolean;
                            compartment: {
                                id: string;
                                label: string;
                                size: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            deliveryId: string;
                            door: string;
                            expiresAt: string | null;
                            id: string;
                            lockedOut: boolean;
                            parcelSize: string;
                            siteId: string;
                            status: string;
                            /** Format: date-time */
                            updatedAt: string;
                            wrongCodes: number;
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/locker-reservations/{reservationId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The carrier cancels a reservation before the drop; the compartment is free again */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes a retry safe: the same key with the same request replays the first answer (docs/api.md) */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description lkr_… */
                    reservationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            codeIssued: boolean;
                            compartment: {
                                id: string;
                                label: string;
                                size: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            deliveryId: string;
                            door: string;
                            expiresAt: string | null;
                            id: string;
                            lockedOut: boolean;
                            parcelSize: string;
                            siteId: string;
                            status: string;
                            /** Format: date-time */
                            updatedAt: string;
                            wrongCodes: number;
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/locker-reservations/{reservationId}/drop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The courier confirms the drop; it counts once the bank reported the door opened and closed again. The customer is told, the delivery is delivered */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes a retry safe: the same key with the same request replays the first answer (docs/api.md) */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description lkr_… */
                    reservationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            codeIssued: boolean;
                            compartment: {
                                id: string;
                                label: string;
                                size: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            deliveryId: string;
                            door: string;
                            expiresAt: string | null;
                            id: string;
                            lockedOut: boolean;
                            parcelSize: string;
                            siteId: string;
                            status: string;
                            /** Format: date-time */
                            updatedAt: string;
                            wrongCodes: number;
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/locker-reservations/{reservationId}/hold": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A vacation hold: keep the parcel in the locker until a later instant (at most 14 days more) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes a retry safe: the same key with the same request replays the first answer (docs/api.md) */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description lkr_… */
                    reservationId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date-time */
                        until: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            codeIssued: boolean;
                            compartment: {
                                id: string;
                                label: string;
                                size: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            deliveryId: string;
                            door: string;
                            expiresAt: string | null;
                            id: string;
                            lockedOut: boolean;
                            parcelSize: string;
                            siteId: string;
                            status: string;
                            /** Format: date-time */
                            updatedAt: string;
                            wrongCodes: number;
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/locker-reservations/{reservationId}/lift-lockout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** An operator admin lets a locked-out compartment take codes again, having checked with the customer; the count of wrong codes starts again */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes a retry safe: the same key with the same request replays the first answer (docs/api.md) */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description lkr_… */
                    reservationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            codeIssued: boolean;
                            compartment: {
                                id: string;
                                label: string;
                                size: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            deliveryId: string;
                            door: string;
                            expiresAt: string | null;
                            id: string;
                            lockedOut: boolean;
                            parcelSize: string;
                            siteId: string;
                            status: string;
                            /** Format: date-time */
                            updatedAt: string;
                            wrongCodes: number;
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/locker-reservations/{reservationId}/open": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The assigned courier opens the reserved compartment (a drop, or taking back an expired parcel) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes a retry safe: the same key with the same request replays the first answer (docs/api.md) */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description lkr_… */
                    reservationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Whether the site's camera records the opening */
                            recording: boolean;
                            reservation: {
                                codeIssued: boolean;
                                compartment: {
                                    id: string;
                                    label: string;
                                    size: string;
                                };
                                /** Format: date-time */
                                createdAt: string;
                                deliveryId: string;
                                door: string;
                                expiresAt: string | null;
                                id: string;
                                lockedOut: boolean;
                                parcelSize: string;
                                siteId: string;
                                status: string;
                                /** Format: date-time */
                                updatedAt: string;
                                wrongCodes: number;
                            };
                            sent: "sent" | "offline";
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/locker-reservations/{reservationId}/pickup-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A pickup code for the customer's household, shown once; asking again replaces it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description lkr_… */
                    reservationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Shown once: the platform keeps only a salted MAC of it */
                            code: string;
                            compartment: string;
                            /** Format: date-time */
                            expiresAt: string;
                            /** @description What the QR code holds, for the locker reader */
                            qr: string;
                            siteId: string;
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/locker-sites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The sites of the caller's locker operator organisations */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                createdAt: string;
                                hasCamera: boolean;
                                id: string;
                                name: string;
                                openingHours: string;
                                organisationId: string;
                                pickupDays: number;
                                position: {
                                    lat: number;
                                    lon: number;
                                };
                                timeZone: string;
                            }[];
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a locker site (an admin of a locker operator organisation) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes a retry safe: the same key with the same request replays the first answer (docs/api.md) */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        hasCamera: boolean;
                        lat: number;
                        lon: number;
                        name: string;
                        /** @description e.g. "Mo-Su 00:00-24:00" */
                        openingHours: string;
                        /** @description org_… */
                        organisationId: string;
                        pickupDays?: number;
                        timeZone: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            hasCamera: boolean;
                            id: string;
                            name: string;
                            openingHours: string;
                            organisationId: string;
                            pickupDays: number;
                            position: {
                                lat: number;
                                lon: number;
                            };
                            timeZone: string;
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/locker-sites/{siteId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A site with its compartments, free counts by size and latest alerts (its operator) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description lks_… */
                    siteId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            alerts: {
                                /** Format: date-time */
                                at: string;
                                compartmentId: string | null;
                                detail: string;
                                id: string;
                                kind: string;
                                reservationId: string | null;
                            }[];
                            banks: {
                                deviceId: string | null;
                                id: string;
                                name: string;
                            }[];
                            compartments: {
                                bankId: string;
                                door: string;
                                id: string;
                                label: string;
                                occupied: boolean;
                                position: number;
                                size: "S" | "M" | "L" | "XL";
                            }[];
                            free: {
                                [key: string]: number;
                            };
                            site: {
                                /** Format: date-time */
                                createdAt: string;
                                hasCamera: boolean;
                                id: string;
                                name: string;
                                openingHours: string;
                                organisationId: string;
                                pickupDays: number;
                                position: {
                                    lat: number;
                                    lon: number;
                                };
                                timeZone: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/locker-sites/{siteId}/banks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a bank of compartments to a site (an operator admin) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes a retry safe: the same key with the same request replays the first answer (docs/api.md) */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description lks_… */
                    siteId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        compartments: {
                            label: string;
                            size: "S" | "M" | "L" | "XL";
                        }[];
                        /** @description The bank device, if paired */
                        deviceId?: string;
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            compartments: {
                                bankId: string;
                                door: string;
                                id: string;
                                label: string;
                                occupied: boolean;
                                position: number;
                                size: "S" | "M" | "L" | "XL";
                            }[];
                            id: string;
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/locker-sites/{siteId}/banks/{bankId}/pair": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pair a locker bank's device with the claim code printed on it (an operator admin). The bank then takes the platform's signed commands and its door and keypad reports count */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes a retry safe: the same key with the same request replays the first answer (docs/api.md) */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description lkb_… */
                    bankId: string;
                    /** @description lks_… */
                    siteId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description As printed on the bank: XXXX-XXXX-XXXX */
                        claimCode: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            deviceId: string;
                            id: string;
                            name: string;
                            siteId: string;
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/locker-sites/{siteId}/open-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open compartments by hand (an operator admin, with a reason). One opens at once; more than one waits for a second admin to approve */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes a retry safe: the same key with the same request replays the first answer (docs/api.md) */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description lks_… */
                    siteId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        compartmentIds: string[];
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approvedBy: string | null;
                            compartmentIds: string[];
                            /** Format: date-time */
                            createdAt: string;
                            id: string;
                            reason: string;
                            requestedBy: string;
                            /** @description Open commands the banks received */
                            sent: number;
                            siteId: string;
                            status: "pending" | "opened";
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/locker-sites/{siteId}/pickup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Collect a parcel with its pickup code (the customer at the site, or anyone they gave the code). The code opens its own compartment once; wrong codes lock the compartment out */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description lks_… */
                    siteId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        compartment: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            compartment: string;
                            /** @enum {boolean} */
                            opened: true;
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user and the organisations they belong to */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The platform runs in demo mode (DEMO): apps may show their demo controls */
                            demo: boolean;
                            organisations: {
                                /** Format: date-time */
                                createdAt: string;
                                id: string;
                                kind: "carrier" | "service_provider" | "building_manager" | "locker_operator" | "retired_operator";
                                name: string;
                                role: "admin" | "member" | "courier" | "worker";
                            }[];
                            staff: ("support" | "admin") | null;
                            user: {
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: email */
                                email: string;
                                id: string;
                                kind: "customer" | "courier" | "worker" | "staff";
                                name: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/grants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Grants that let the caller in (accept pending ones) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                accessPointIds: string[];
                                cameraRequired: boolean;
                                /** Format: date-time */
                                createdAt: string;
                                grantee: {
                                    /** @enum {string} */
                                    kind: "provider";
                                    organisationId: string;
                                    workerId: string | null;
                                } | {
                                    acceptedAt: string | null;
                                    email: string;
                                    /** @enum {string} */
                                    kind: "person";
                                };
                                homeId: string;
                                id: string;
                                maxVisitMinutes: number;
                                /** @description The next windows (up to 5), in progress first */
                                nextWindows: {
                                    /** Format: date-time */
                                    end: string;
                                    localDate: string;
                                    /** Format: date-time */
                                    start: string;
                                }[];
                                notes: string;
                                schedule: {
                                    end: string;
                                    /** @enum {string} */
                                    kind: "once";
                                    start: string;
                                } | {
                                    durationMinutes: number;
                                    exdates?: string[];
                                    firstDate: string;
                                    /** @enum {string} */
                                    kind: "recurring";
                                    rrule: string;
                                    startLocal?: string;
                                };
                                status: "pending" | "active" | "paused" | "revoked";
                                /** Format: date-time */
                                updatedAt: string;
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user's open invitations (not answered, not expired) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                expiresAt: string;
                                id: string;
                                invitedBy: {
                                    name: string;
                                };
                                role: string;
                                target: {
                                    id: string;
                                    kind: "organisation" | "home";
                                    name: string;
                                };
                            }[];
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/invitations/{invitationId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an invitation: the membership it offers starts now */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes a retry safe: the same key with the same request replays the first answer (docs/api.md) */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description inv_… */
                    invitationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            role: string;
                            status: "accepted" | "declined";
                            target: {
                                id: string;
                                kind: "organisation" | "home";
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/invitations/{invitationId}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline an invitation: nothing changes and it can no longer be accepted */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes a retry safe: the same key with the same request replays the first answer (docs/api.md) */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description inv_… */
                    invitationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            role: string;
                            status: "accepted" | "declined";
                            target: {
                                id: string;
                                kind: "organisation" | "home";
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/notification-preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Per kind, the channels besides in-app (always on) */
                            kinds: {
                                alert: {
                                    email: boolean;
                                    push: boolean;
                                };
                                arrival: {
                                    email: boolean;
                                    push: boolean;
                                };
                                device_offline: {
                                    email: boolean;
                                    push: boolean;
                                };
                                done: {
                                    email: boolean;
                                    push: boolean;
                                };
                                grant_visit: {
                                    email: boolean;
                                    push: boolean;
                                };
                                relock: {
                                    email: boolean;
                                    push: boolean;
                                };
                                unlock: {
                                    email: boolean;
                                    push: boolean;
                                };
                            };
                            /** @description Nothing but alerts is pushed or mailed inside these hours */
                            quietHours?: {
                                /** @description Local 'HH:MM' */
                                end: string;
                                /** @description Local 'HH:MM' */
                                start: string;
                                /** @description IANA zone */
                                timeZone: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Per kind, the channels besides in-app (always on) */
                        kinds: {
                            alert: {
                                email: boolean;
                                push: boolean;
                            };
                            arrival: {
                                email: boolean;
                                push: boolean;
                            };
                            device_offline: {
                                email: boolean;
                                push: boolean;
                            };
                            done: {
                                email: boolean;
                                push: boolean;
                            };
                            grant_visit: {
                                email: boolean;
                                push: boolean;
                            };
                            relock: {
                                email: boolean;
                                push: boolean;
                            };
                            unlock: {
                                email: boolean;
                                push: boolean;
                            };
                        };
                        /** @description Nothing but alerts is pushed or mailed inside these hours */
                        quietHours?: {
                            /** @description Local 'HH:MM' */
                            end: string;
                            /** @description Local 'HH:MM' */
                            start: string;
                            /** @description IANA zone */
                            timeZone: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Per kind, the channels besides in-app (always on) */
                            kinds: {
                                alert: {
                                    email: boolean;
                                    push: boolean;
                                };
                                arrival: {
                                    email: boolean;
                                    push: boolean;
                                };
                                device_offline: {
                                    email: boolean;
                                    push: boolean;
                                };
                                done: {
                                    email: boolean;
                                    push: boolean;
                                };
                                grant_visit: {
                                    email: boolean;
                                    push: boolean;
                                };
                                relock: {
                                    email: boolean;
                                    push: boolean;
                                };
                                unlock: {
                                    email: boolean;
                                    push: boolean;
                                };
                            };
                            /** @description Nothing but alerts is pushed or mailed inside these hours */
                            quietHours?: {
                                /** @description Local 'HH:MM' */
                                end: string;
                                /** @description Local 'HH:MM' */
                                start: string;
                                /** @description IANA zone */
                                timeZone: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/push-subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                createdAt: string;
                                endpoint: string;
                                id: string;
                            }[];
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Subscribe this browser to Web Push (the body is PushSubscription.toJSON()) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes a retry safe: the same key with the same request replays the first answer (docs/api.md) */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The push service URL the browser gave */
                        endpoint: string;
                        expirationTime?: number | null;
                        keys: {
                            auth: string;
                            p256dh: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            endpoint: string;
                            id: string;
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/push-subscriptions/{subscriptionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description psub_… */
                    subscriptionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/windows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's upcoming windows under active grants, the one in progress first */
        get: {
            parameters: {
                query?: {
                    days?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                accessPointIds: string[];
                                address: string;
                                /** Format: date-time */
                                end: string;
                                grantId: string;
                                homeId: string;
                                homeName: string;
                                localDate: string;
                                location: {
                                    lat: number;
                                    lon: number;
                                };
                                maxVisitMinutes: number;
                                notes: string;
                                /** Format: date-time */
                                start: string;
                            }[];
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create an organisation of a public kind; the creator becomes its admin */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes a retry safe: the same key with the same request replays the first answer (docs/api.md) */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        kind: "carrier" | "service_provider" | "building_manager" | "locker_operator";
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            id: string;
                            kind: "carrier" | "service_provider" | "building_manager" | "locker_operator" | "retired_operator";
                            name: string;
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organisations/{organisationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description org_… */
                    organisationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            id: string;
                            kind: "carrier" | "service_provider" | "building_manager" | "locker_operator" | "retired_operator";
                            name: string;
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organisations/{organisationId}/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Alerts about the provider's workers (an overstay), newest first */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                };
                header?: never;
                path: {
                    /** @description org_… */
                    organisationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                at: string;
                                grantId: string;
                                homeId: string;
                                id: string;
                                kind: string;
                                message: string;
                                visitId: string | null;
                            }[];
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organisations/{organisationId}/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description org_… */
                    organisationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                createdAt: string;
                                createdBy: string;
                                id: string;
                                lastUsedAt: string | null;
                                name: string;
                                organisationId: string;
                                /** @description The first characters of the key, to tell keys apart */
                                prefix: string;
                                revokedAt: string | null;
                                scopes: string[];
                            }[];
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Mint an API key; the secret is in this response only */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes a retry safe: the same key with the same request replays the first answer (docs/api.md) */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description org_… */
                    organisationId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        scopes: ("deliveries:read" | "deliveries:write" | "visits:read" | "grants:read" | "grants:write" | "webhooks:write")[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            key: {
                                /** Format: date-time */
                                createdAt: string;
                                createdBy: string;
                                id: string;
                                lastUsedAt: string | null;
                                name: string;
                                organisationId: string;
                                /** @description The first characters of the key, to tell keys apart */
                                prefix: string;
                                revokedAt: string | null;
                                scopes: string[];
                            };
                            secret: string;
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organisations/{organisationId}/api-keys/{keyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a key; it stops working at once */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description key_… */
                    keyId: string;
                    /** @description org_… */
                    organisationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string;
                            id: string;
                            lastUsedAt: string | null;
                            name: string;
                            organisationId: string;
                            /** @description The first characters of the key, to tell keys apart */
                            prefix: string;
                            revokedAt: string | null;
                            scopes: string[];
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organisations/{organisationId}/grants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A provider's grants */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description org_… */
                    organisationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                accessPointIds: string[];
                                cameraRequired: boolean;
                                /** Format: date-time */
                                createdAt: string;
                                grantee: {
                                    /** @enum {string} */
                                    kind: "provider";
                                    organisationId: string;
                                    workerId: string | null;
                                } | {
                                    acceptedAt: string | null;
                                    email: string;
                                    /** @enum {string} */
                                    kind: "person";
                                };
                                homeId: string;
                                id: string;
                                maxVisitMinutes: number;
                                /** @description The next windows (up to 5), in progress first */
                                nextWindows: {
                                    /** Format: date-time */
                                    end: string;
                                    localDate: string;
                                    /** Format: date-time */
                                    start: string;
                                }[];
                                notes: string;
                                schedule: {
                                    end: string;
                                    /** @enum {string} */
                                    kind: "once";
                                    start: string;
                                } | {
                                    durationMinutes: number;
                                    exdates?: string[];
                                    firstDate: string;
                                    /** @enum {string} */
                                    kind: "recurring";
                                    rrule: string;
                                    startLocal?: string;
                                };
                                status: "pending" | "active" | "paused" | "revoked";
                                /** Format: date-time */
                                updatedAt: string;
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organisations/{organisationId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description org_… */
                    organisationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: email */
                                email: string;
                                kind: "customer" | "courier" | "worker" | "staff";
                                name: string;
                                role: "admin" | "member" | "courier" | "worker";
                                userId: string;
                            }[];
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Invite someone with a role, or create a courier or worker account that belongs to the organisation
         * @description Answers 201 with the same receipt whether or not the email has an account. An existing account joins only when its holder accepts (`POST /v1/me/invitations/{id}/accept`); `account` creates a new courier or worker account, a member at once, or invites the existing account instead (docs/api.md, "Invitations").
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes a retry safe: the same key with the same request replays the first answer (docs/api.md) */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description org_… */
                    organisationId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        account?: {
                            name: string;
                            password: string;
                        };
                        /** Format: email */
                        email: string;
                        role: "admin" | "member" | "courier" | "worker";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: email */
                            email: string;
                            /** Format: date-time */
                            expiresAt: string;
                            id: string;
                            role: string;
                            target: {
                                id: string;
                                kind: "organisation" | "home";
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organisations/{organisationId}/served-areas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The carrier's served areas (an admin) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description org_… */
                    organisationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                createdAt: string;
                                id: string;
                                methods: ("in_home" | "in_garage" | "in_car" | "lobby" | "package_room" | "locker" | "doorstep")[];
                                name: string;
                                organisationId: string;
                                ring: number[][];
                            }[];
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Draw a served area: a polygon where the carrier serves the methods named (an admin) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes a retry safe: the same key with the same request replays the first answer (docs/api.md) */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description org_… */
                    organisationId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        methods: ("in_home" | "in_garage" | "in_car" | "lobby" | "package_room" | "locker" | "doorstep")[];
                        name: string;
                        /** @description A closed ring (the last position repeats the first), GeoJSON Polygon exterior ring, no holes */
                        ring: number[][];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            id: string;
                            methods: ("in_home" | "in_garage" | "in_car" | "lobby" | "package_room" | "locker" | "doorstep")[];
                            name: string;
                            organisationId: string;
                            ring: number[][];
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organisations/{organisationId}/served-areas/{areaId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a served area (an admin); eligibility stops counting it at once */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description sa_… */
                    areaId: string;
                    /** @description org_… */
                    organisationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/platform/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Platform public keys, retired ones included, for verifying checkpoints and bundles offline */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            keys: {
                                createdAt: string;
                                kid: string;
                                /** @description Ed25519 public key, base64url (raw 32 bytes) */
                                publicKey: string;
                                retiredAt: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/push/vapid-public-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The platform's VAPID public key, for PushManager.subscribe's applicationServerKey */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            publicKey: string;
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/support/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The claims queue, newest first (platform support) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    state?: "open" | "in_review" | "needs_info" | "resolved" | "closed";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                accessUntil: string | null;
                                assignedAt: string | null;
                                assignedToYou: boolean;
                                description: string;
                                /** @description The visit's ledger entries as they stood when the claim was opened */
                                evidence: {
                                    entries: number;
                                    fromSeq: number;
                                    headHash: string;
                                    toSeq: number;
                                };
                                homeId: string;
                                id: string;
                                kind: "damage" | "missing_item" | "door_left_open" | "privacy" | "other";
                                /** Format: date-time */
                                openedAt: string;
                                resolution: ({
                                    amount: {
                                        /** @description ISO 4217 code */
                                        currency: string;
                                        /** @description In minor units (cents) */
                                        minor: number;
                                    };
                                    /** @enum {string} */
                                    outcome: "upheld";
                                } | {
                                    /** @enum {string} */
                                    outcome: "rejected";
                                    reason: string;
                                }) | null;
                                state: "open" | "in_review" | "needs_info" | "resolved" | "closed";
                                /** Format: date-time */
                                updatedAt: string;
                                visitId: string;
                            }[];
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/visits/{visitId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description visit_… */
                    visitId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accessPointId: string;
                            alerts: {
                                acknowledgedAt?: string | null;
                                /** Format: date-time */
                                at: string;
                                homeId: string;
                                id: string;
                                kind: string;
                                message: string;
                                visitId: string | null;
                            }[];
                            checks: {
                                evidence: unknown;
                                name: string;
                                passed: boolean;
                                reason: string | null;
                            }[];
                            clips: {
                                bytes: number;
                                durationMs: number;
                                /** Format: date-time */
                                endedAt: string;
                                /** @description The file was deleted at the end of its retention; the hash stays */
                                expired: boolean;
                                expiredAt: string | null;
                                id: string;
                                sha256: string;
                                /** Format: date-time */
                                startedAt: string;
                                url: string;
                            }[];
                            /** @description Every logged look at the visit's clips (docs/claims.md) */
                            clipViews: {
                                /** Format: date-time */
                                at: string;
                                by: "Household" | "Support";
                                claimId: string | null;
                                clipId: string;
                                consentId: string | null;
                            }[];
                            closedAt: string | null;
                            deliveryId: string | null;
                            grantId: string | null;
                            homeId: string;
                            id: string;
                            /** @description Alerts raised during the visit, in order */
                            marks: string[];
                            /** Format: date-time */
                            openedAt: string;
                            outcome: unknown | null;
                            personId: string;
                            photoUrl: string | null;
                            state: string;
                            timeline: {
                                /** Format: date-time */
                                at: string;
                                /** @description The ledger entry's JSON object */
                                data: {
                                    [key: string]: unknown;
                                };
                                kind: string;
                                seq: number;
                            }[];
                            /** @description The footage does not cover all the time the door was unlocked */
                            unverified: boolean;
                            /** Format: date-time */
                            updatedAt: string;
                            verdict: unknown | null;
                            who?: {
                                carrier: string | null;
                                /** @description First name of the person who came */
                                firstName: string;
                            } | null;
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/visits/{visitId}/abort": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes a retry safe: the same key with the same request replays the first answer (docs/api.md) */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description visit_… */
                    visitId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                        reason: "dog" | "unsafe" | "no_access" | "other";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accessPointId: string;
                            checks: {
                                evidence: unknown;
                                name: string;
                                passed: boolean;
                                reason: string | null;
                            }[];
                            closedAt: string | null;
                            deliveryId: string | null;
                            homeId: string;
                            id: string;
                            /** @description Alerts raised during the visit, in order */
                            marks: string[];
                            /** Format: date-time */
                            openedAt: string;
                            outcome: unknown | null;
                            personId: string;
                            state: string;
                            /** @description The footage does not cover all the time the door was unlocked */
                            unverified: boolean;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/visits/{visitId}/capability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A capability for the courier's phone to hand to a lock that cannot reach the cloud */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description visit_… */
                    visitId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            capability: string;
                            /** Format: date-time */
                            expiresAt: string;
                            lockId: string;
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/visits/{visitId}/car": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The car of the caller's live visit and where it last reported being (its courier only) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description visit_… */
                    visitId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            colour: string;
                            label: string;
                            make: string;
                            parked: boolean;
                            photo: string | null;
                            plate: string;
                            position: {
                                accuracyM: number;
                                lat: number;
                                lon: number;
                            } | null;
                            reportedAt: string | null;
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/visits/{visitId}/check-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The worker leaves: the door must be relocked; the verdict is written */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes a retry safe: the same key with the same request replays the first answer (docs/api.md) */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description visit_… */
                    visitId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            verdict: {
                                expectations: {
                                    evidence: {
                                        [key: string]: unknown;
                                    };
                                    name: "in_window" | "max_duration" | "door_relocked" | "camera_recording" | "checked_out";
                                    outcome: "kept" | "broken" | "not_applicable";
                                    reason: string | null;
                                }[];
                                judgedAtMs: number;
                                verdict: "kept" | "broken";
                            } | null;
                            visit: {
                                accessPointId: string;
                                checks: {
                                    evidence: unknown;
                                    name: string;
                                    passed: boolean;
                                    reason: string | null;
                                }[];
                                closedAt: string | null;
                                deliveryId: string | null;
                                homeId: string;
                                id: string;
                                /** @description Alerts raised during the visit, in order */
                                marks: string[];
                                /** Format: date-time */
                                openedAt: string;
                                outcome: unknown | null;
                                personId: string;
                                state: string;
                                /** @description The footage does not cover all the time the door was unlocked */
                                unverified: boolean;
                                /** Format: date-time */
                                updatedAt: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/visits/{visitId}/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open a claim about a visit of your home; it pins the visit’s evidence as it stands now */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes a retry safe: the same key with the same request replays the first answer (docs/api.md) */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description visit_… */
                    visitId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Alerts of the same visit */
                        alertIds?: string[];
                        description: string;
                        kind: "damage" | "missing_item" | "door_left_open" | "privacy" | "other";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accessUntil: string | null;
                            alertIds: string[];
                            assignedAt: string | null;
                            assignedToYou: boolean;
                            description: string;
                            /** @description The visit's ledger entries as they stood when the claim was opened */
                            evidence: {
                                entries: number;
                                fromSeq: number;
                                headHash: string;
                                toSeq: number;
                            };
                            homeId: string;
                            id: string;
                            kind: "damage" | "missing_item" | "door_left_open" | "privacy" | "other";
                            messages: {
                                /** Format: date-time */
                                at: string;
                                body: string;
                                from: "customer" | "carrier" | "support";
                                id: string;
                            }[];
                            notices: {
                                /** Format: date-time */
                                at: string;
                                kind: string;
                                message: string;
                            }[];
                            /** Format: date-time */
                            openedAt: string;
                            photos: {
                                /** Format: date-time */
                                at: string;
                                bytes: number;
                                contentType: string;
                                sha256: string;
                                url: string;
                            }[];
                            resolution: ({
                                amount: {
                                    /** @description ISO 4217 code */
                                    currency: string;
                                    /** @description In minor units (cents) */
                                    minor: number;
                                };
                                /** @enum {string} */
                                outcome: "upheld";
                            } | {
                                /** @enum {string} */
                                outcome: "rejected";
                                reason: string;
                            }) | null;
                            state: "open" | "in_review" | "needs_info" | "resolved" | "closed";
                            /** Format: date-time */
                            updatedAt: string;
                            visit: {
                                clipIds: string[];
                                closedAt: string | null;
                                id: string;
                                /** Format: date-time */
                                openedAt: string;
                                state: string;
                            };
                            visitId: string;
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/visits/{visitId}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes a retry safe: the same key with the same request replays the first answer (docs/api.md) */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description visit_… */
                    visitId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accessPointId: string;
                            checks: {
                                evidence: unknown;
                                name: string;
                                passed: boolean;
                                reason: string | null;
                            }[];
                            closedAt: string | null;
                            deliveryId: string | null;
                            homeId: string;
                            id: string;
                            /** @description Alerts raised during the visit, in order */
                            marks: string[];
                            /** Format: date-time */
                            openedAt: string;
                            outcome: unknown | null;
                            personId: string;
                            state: string;
                            /** @description The footage does not cover all the time the door was unlocked */
                            unverified: boolean;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/visits/{visitId}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A visit's evidence bundle: entries, inclusion proofs, a signed checkpoint and clip hashes */
        get: {
            parameters: {
                query?: {
                    /** @description treeSize of a checkpoint you kept: adds a consistency proof */
                    since?: number;
                };
                header?: never;
                path: {
                    /** @description visit_… */
                    visitId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cameraEvents: {
                                clipId: string;
                                deviceId: string;
                                event: {
                                    [key: string]: unknown;
                                };
                                publicKey: string;
                            }[];
                            checkpoint: {
                                at: string;
                                headHash: string;
                                homeId: string;
                                kid: string;
                                rootHash: string;
                                /** @description Ed25519 over the checkpoint payload, base64url */
                                sig: string;
                                treeSize: number;
                            };
                            clips: {
                                id: string;
                                sha256: string;
                            }[];
                            consistency?: {
                                fromSize: number;
                                proof: string[];
                                toSize: number;
                            };
                            entries: {
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                                hash: string;
                                homeId: string;
                                kind: string;
                                prevHash: string;
                                seq: number;
                                subject: string | null;
                            }[];
                            homeId: string;
                            keys: {
                                createdAt: string;
                                kid: string;
                                /** @description Ed25519 public key, base64url (raw 32 bytes) */
                                publicKey: string;
                                retiredAt: string | null;
                            }[];
                            proofs: {
                                path: string[];
                                seq: number;
                            }[];
                            /** @enum {number} */
                            version: 1;
                            visit: {
                                at: string;
                                entryCount: number;
                                firstSeq: number;
                                homeId: string;
                                kid: string;
                                lastSeq: number;
                                rootHash: string;
                                sig: string;
                                subjects: string[];
                                treeSize: number;
                                visitId: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/visits/{visitId}/fallback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Leave the parcel another way: doorstep (a JPEG body, or a photo hash) or a later attempt */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes a retry safe: the same key with the same request replays the first answer (docs/api.md) */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description visit_… */
                    visitId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        method: "reattempt";
                    } | {
                        /** @enum {string} */
                        method: "doorstep";
                        /** @description SHA-256 of a photo uploaded before */
                        photo: string;
                    };
                    "image/jpeg": unknown;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accessPointId: string;
                            checks: {
                                evidence: unknown;
                                name: string;
                                passed: boolean;
                                reason: string | null;
                            }[];
                            closedAt: string | null;
                            deliveryId: string | null;
                            homeId: string;
                            id: string;
                            /** @description Alerts raised during the visit, in order */
                            marks: string[];
                            /** Format: date-time */
                            openedAt: string;
                            outcome: unknown | null;
                            personId: string;
                            state: string;
                            /** @description The footage does not cover all the time the door was unlocked */
                            unverified: boolean;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/visits/{visitId}/photo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The photo of a parcel left outside (JPEG), stored by its SHA-256 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description visit_… */
                    visitId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The photo */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": string;
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/visits/{visitId}/support-consent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Let platform support watch this visit’s clips for some hours (home owner); each look is logged */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes a retry safe: the same key with the same request replays the first answer (docs/api.md) */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description visit_… */
                    visitId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default 24 */
                        hours?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            expiresAt: string;
                            /** Format: date-time */
                            grantedAt: string;
                            id: string;
                            visitId: string;
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/visits/{visitId}/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask to open the door */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes a retry safe: the same key with the same request replays the first answer (docs/api.md) */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description visit_… */
                    visitId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            fallback: ({
                                /** @enum {string} */
                                kind: "fallback";
                                method: "doorstep" | "locker" | "reattempt";
                                photoRequired: boolean;
                                reason: string;
                            } | {
                                /** @enum {string} */
                                kind: "retry";
                                reason: string;
                            }) | null;
                            lockUnreachable: boolean;
                            unlocked: boolean;
                            visit: {
                                accessPointId: string;
                                checks: {
                                    evidence: unknown;
                                    name: string;
                                    passed: boolean;
                                    reason: string | null;
                                }[];
                                closedAt: string | null;
                                deliveryId: string | null;
                                homeId: string;
                                id: string;
                                /** @description Alerts raised during the visit, in order */
                                marks: string[];
                                /** Format: date-time */
                                openedAt: string;
                                outcome: unknown | null;
                                personId: string;
                                state: string;
                                /** @description The footage does not cover all the time the door was unlocked */
                                unverified: boolean;
                                /** Format: date-time */
                                updatedAt: string;
                            };
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    /** @description org_… */
                    organisationId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                createdAt: string;
                                description: string;
                                disabled: {
                                    /** Format: date-time */
                                    at: string;
                                    reason: string;
                                } | null;
                                enabled: boolean;
                                eventTypes: string[];
                                failingSince: string | null;
                                id: string;
                                organisationId: string;
                                previousSecretValidUntil: string | null;
                                /** Format: date-time */
                                updatedAt: string;
                                url: string;
                            }[];
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Register an endpoint; its signing secret is in this response only */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes a retry safe: the same key with the same request replays the first answer (docs/api.md) */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        description?: string;
                        enabled?: boolean;
                        eventTypes: string[];
                        /** @description org_… */
                        organisationId?: string;
                        /** @description https URL; never a private address */
                        url: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            endpoint: {
                                /** Format: date-time */
                                createdAt: string;
                                description: string;
                                disabled: {
                                    /** Format: date-time */
                                    at: string;
                                    reason: string;
                                } | null;
                                enabled: boolean;
                                eventTypes: string[];
                                failingSince: string | null;
                                id: string;
                                organisationId: string;
                                previousSecretValidUntil: string | null;
                                /** Format: date-time */
                                updatedAt: string;
                                url: string;
                            };
                            /** @description `whsec_…`: shown in this response only */
                            secret: string;
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints/{endpointId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description whe_… */
                    endpointId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            disabled: {
                                /** Format: date-time */
                                at: string;
                                reason: string;
                            } | null;
                            enabled: boolean;
                            eventTypes: string[];
                            failingSince: string | null;
                            id: string;
                            organisationId: string;
                            previousSecretValidUntil: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            url: string;
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Remove an endpoint and what is queued for it */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description whe_… */
                    endpointId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change the URL, the event types or the description; enable or disable */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description whe_… */
                    endpointId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        description?: string;
                        enabled?: boolean;
                        eventTypes?: string[];
                        /** @description https URL; never a private address */
                        url?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            disabled: {
                                /** Format: date-time */
                                at: string;
                                reason: string;
                            } | null;
                            enabled: boolean;
                            eventTypes: string[];
                            failingSince: string | null;
                            id: string;
                            organisationId: string;
                            previousSecretValidUntil: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            url: string;
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/webhook-endpoints/{endpointId}/attempts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Delivery attempts, newest first, with the status code each got */
        get: {
            parameters: {
                query?: {
                    /** @description nextCursor of the previous page */
                    after?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    /** @description whe_… */
                    endpointId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                at: string;
                                durationMs: number;
                                id: string;
                                messageId: string;
                                outcome: "delivered" | "http_error" | "timeout" | "network" | "refused_address";
                                response: string | null;
                                statusCode: number | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints/{endpointId}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send one message again, or every message since an instant (at most 1000) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes a retry safe: the same key with the same request replays the first answer (docs/api.md) */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description whe_… */
                    endpointId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description msg_… */
                        messageId: string;
                    } | {
                        /** Format: date-time */
                        since: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            messageIds: string[];
                            replayed: number;
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints/{endpointId}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new secret; the previous one keeps signing too for 24 hours */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes a retry safe: the same key with the same request replays the first answer (docs/api.md) */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description whe_… */
                    endpointId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            endpoint: {
                                /** Format: date-time */
                                createdAt: string;
                                description: string;
                                disabled: {
                                    /** Format: date-time */
                                    at: string;
                                    reason: string;
                                } | null;
                                enabled: boolean;
                                eventTypes: string[];
                                failingSince: string | null;
                                id: string;
                                organisationId: string;
                                previousSecretValidUntil: string | null;
                                /** Format: date-time */
                                updatedAt: string;
                                url: string;
                            };
                            /** @description `whsec_…`: shown in this response only */
                            secret: string;
                        };
                    };
                };
                /** @description application/problem+json */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @description The failing input, e.g. `body.timeZone` */
                            field?: string;
                            retryAfterSeconds?: number;
                            scope?: string;
                            status: number;
                            title: string;
                            /** @description Stable identifier, `urn:threshold:problem:<code>` */
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
