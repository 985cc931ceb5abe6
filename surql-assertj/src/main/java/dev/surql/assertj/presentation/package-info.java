/** How surql-test values are shown in AssertJ failure messages. */
package dev.surql.assertj.presentation;
